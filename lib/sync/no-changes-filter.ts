// Stands in for `pouchdb-changes-filter` (aliased in wxt.config.ts). That plugin runs a changes feed's string
// filters: design-document filter functions and views, compiled with `new Function` (web-ext lint's
// DANGEROUS_EVAL warnings), and Mango selectors (pouchdb-selector-core). The team library never filters a feed:
// it replicates whole databases and reads the replica's feed unfiltered (lib/sync/sync-cycle.ts). PouchDB treats
// the plugin as optional, so registering nothing leaves those code paths out of the build, and a string filter,
// were one ever asked for, would reach no eval.
export default function noChangesFilter(): void {}
