import { fold } from '@/lib/text/fold';

/**
 * Cities the news names without saying they are cities. Two sources: the platform's time-zone database (its zones
 * are named after cities: "America/Bogota", "Asia/Bangkok"), and a short list of business and political capitals
 * it lacks or writes otherwise ("Montréal", "Hô Chi Minh-Ville", "Riad", "Washington"). Evidence of a place, not
 * proof: "Washington" is also a government, as "Lima" is a name.
 */
const MORE = `
abu-dhabi abuja accra addis-abeba addis-ababa ahmedabad alger algiers amman amsterdam ankara antananarivo
arequipa asuncion asunción atlanta austin bagdad baghdad bakou baku bamako bangalore bengaluru barcelona barcelone
barranquilla beijing pekin pékin beirut beyrouth belem belo-horizonte berlin berlín berne bilbao birmingham bogota
bogotá bombay boston brasilia brasília bratislava brazzaville brisbane bruxelles brussels bruselas bucarest bucharest
budapest buenos-aires burdeos bordeaux busan caen calgary cali cancun cancún caracas cartagena casablanca chennai
chicago chihuahua ciudad-juarez cochabamba cordoba córdoba cotonou cuzco cusco dakar dallas damas damascus
dar-es-salaam delhi new-delhi denver detroit doha douala dubai dubaï dublin durban edimbourg edinburgh frankfurt
francfort fortaleza geneve genève geneva ginebra glasgow goteborg guadalajara guangzhou guayaquil hambourg
hamburg hanoi hanoï harare helsinki ho-chi-minh ho-chi-minh-ville hong-kong houston hyderabad islamabad istanbul
izmir jakarta yakarta jeddah djeddah johannesburg karachi katmandou kathmandu khartoum kiev kyiv kigali kinshasa
kuala-lumpur la-paz lagos lahore lille lisbonne lisbon lisboa londres london los-angeles luanda lusaka
lyon madrid malaga manille manila manchester maputo maracaibo marrakech marseille medellin medellín melbourne
merida mérida mexico-city miami milan milano mexicali minsk monterrey montevideo montreal montréal moscou moscow
moscu moscú mumbai munich múnich nairobi nantes naples new-york nueva-york osaka oslo ottawa
ouagadougou panama-city paris pekin perth philadelphia phnom-penh porto porto-alegre prague praga puebla quebec
québec queretaro querétaro quito rabat recife riad riyad riyadh rio-de-janeiro rome roma rosario rotterdam
saint-petersbourg salvador-de-bahia san-diego san-francisco san-jose san-josé san-juan san-salvador santa-cruz
santiago santo-domingo sao-paulo são-paulo sapporo seattle seoul seúl seoul shanghai shenzhen singapour singapore
singapur sofia stockholm strasbourg stuttgart sydney taipei tachkent tashkent tbilissi tbilisi tegucigalpa
teheran téhéran tehran tel-aviv tijuana tokyo tokio toronto toulouse trujillo tunis turin valencia
valparaiso valparaíso vancouver varsovie warsaw varsovia venise venice vienne vienna viena vilnius washington
wellington wuhan xian yaounde yaoundé yangon zagreb zurich zúrich
`;

let cities: Set<string> | undefined;

function build(): Set<string> {
  const out = new Set<string>();
  const zones: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    const city = zone.split('/').at(-1);
    if (city && /^[A-Z]/u.test(city)) out.add(fold(city.replaceAll('_', ' ')));
  }
  for (const city of MORE.split(/\s+/u).filter(Boolean)) out.add(fold(city.replaceAll('-', ' ')));
  return out;
}

/** Whether a name is a city the platform or the list knows ("Bogotá", "Mexico City", "Hô Chi Minh-Ville"). */
export function isKnownCity(name: string): boolean {
  cities ??= build();
  return cities.has(fold(name).replaceAll('-', ' ').replace(/\s+/gu, ' ').trim());
}
