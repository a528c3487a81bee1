export default defineBackground(() => {
  console.debug('Deal Lens background ready');
});
