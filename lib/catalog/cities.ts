import { foldAlias } from '@/lib/match/normalize';

/**
 * Cities news of deals is datelined from or names as a site, with the country they are in (ISO 3166-1 alpha-2),
 * in the spellings French, English and Spanish use. A deal article often names its host country only through
 * them: "BOGOTÁ (Austral) — Huawei abrirá…", "un campus à Casablanca" (issue 20). The platform knows countries
 * but not cities, so this short list does: capitals and business centres of the countries tech deals are made
 * in. A city several countries share a name with ("Santiago", "Córdoba", "Valencia") is listed under the one
 * the press means most often; it is evidence, weighed with the rest, not proof.
 */
const CITIES = `
AR: Buenos Aires, Córdoba, Rosario, Mendoza, Neuquén
BO: La Paz, Santa Cruz, Santa Cruz de la Sierra, Cochabamba, Sucre
BR: São Paulo, Sao Paulo, Rio de Janeiro, Brasília, Brasilia, Belo Horizonte, Porto Alegre, Recife, Fortaleza, Curitiba, Campinas
CL: Santiago, Santiago de Chile, Valparaíso, Valparaiso, Antofagasta, Concepción, Quilicura
CO: Bogotá, Bogota, Medellín, Medellin, Cali, Barranquilla, Cartagena
CR: San José, San Jose
DO: Santo Domingo
EC: Quito, Guayaquil
GT: Guatemala City, Ciudad de Guatemala, Guatemala Ciudad
HN: Tegucigalpa, San Pedro Sula
MX: Mexico City, Ciudad de México, Guadalajara, Monterrey, Querétaro, Queretaro, Puebla, Tijuana, Mérida, Cancún, Cancun, León, Chihuahua
PA: Panama City, Ciudad de Panamá
PE: Lima, Arequipa, Trujillo, Cusco, Cuzco, Callao, Chancay
PY: Asunción, Asuncion
SV: San Salvador
UY: Montevideo
VE: Caracas, Maracaibo
US: Washington, New York, Nueva York, San Francisco, Seattle, Los Angeles, Chicago, Austin, Boston, Houston, Dallas, Miami, Atlanta, Denver, Silicon Valley, Palo Alto, Mountain View, Redmond, Cupertino
CA: Ottawa, Toronto, Montréal, Montreal, Vancouver, Québec, Quebec, Calgary
GB: London, Londres, Manchester, Edinburgh, Édimbourg, Cambridge, Oxford
FR: Paris, París, Lyon, Marseille, Toulouse, Lille, Nantes, Bordeaux, Strasbourg
ES: Madrid, Barcelona, Barcelone, Valencia, Bilbao, Sevilla, Séville, Seville, Málaga
PT: Lisbon, Lisbonne, Lisboa, Porto
DE: Berlin, Berlín, Frankfurt, Francfort, Munich, Múnich, Hamburg, Hambourg
IT: Rome, Roma, Milan, Milano, Milán, Turin
NL: Amsterdam, Rotterdam
BE: Brussels, Bruxelles, Bruselas
CH: Geneva, Genève, Ginebra, Zurich, Zürich, Berne, Bern
IE: Dublin
PL: Warsaw, Varsovie, Varsovia
RU: Moscow, Moscou, Moscú
TR: Istanbul, Ankara
MA: Rabat, Casablanca, Marrakech, Tanger, Tangier, Dakhla
DZ: Algiers, Alger, Argel
TN: Tunis, Túnez
EG: Cairo, Le Caire, El Cairo
SN: Dakar, Diamniadio, Thiès
CI: Abidjan, Abiyán, Yamoussoukro, Yamusukro
GH: Accra
NG: Lagos, Abuja
CM: Yaoundé, Yaounde, Douala
KE: Nairobi, Mombasa, Naivasha
ET: Addis Ababa, Addis-Abeba, Adís Abeba
RW: Kigali
TZ: Dar es Salaam, Dodoma
UG: Kampala
ZA: Johannesburg, Johannesbourg, Cape Town, Le Cap, Ciudad del Cabo, Pretoria, Durban
AO: Luanda
CD: Kinshasa
ZM: Lusaka
ZW: Harare
MZ: Maputo
SA: Riyadh, Riyad, Riad, Jeddah, Djeddah, Yida, NEOM
AE: Dubai, Dubaï, Abu Dhabi, Abou Dhabi
QA: Doha
IL: Tel Aviv, Jerusalem, Jérusalem
JO: Amman
IN: New Delhi, Delhi, Mumbai, Bombay, Bangalore, Bengaluru, Hyderabad, Chennai, Pune
PK: Islamabad, Karachi, Lahore
BD: Dhaka
CN: Beijing, Pékin, Pekín, Shanghai, Shenzhen, Guangzhou, Canton, Hangzhou, Wuhan
HK: Hong Kong
TW: Taipei
JP: Tokyo, Tokio, Osaka
KR: Seoul, Séoul, Seúl, Busan
VN: Hanoi, Hanoï, Ho Chi Minh City, Hô Chi Minh-Ville, Ciudad Ho Chi Minh, Saigon, Bac Ninh, Da Nang
TH: Bangkok
MY: Kuala Lumpur, Johor, Johor Bahru, Cyberjaya
SG: Singapore, Singapour, Singapur
ID: Jakarta, Yakarta, Batam, Surabaya, Bali
PH: Manila, Manille
AU: Sydney, Melbourne, Canberra, Brisbane, Perth
NZ: Wellington, Auckland
KZ: Astana, Almaty
UZ: Tashkent, Tachkent
`;

let byName: Map<string, string> | undefined;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of CITIES.trim().split('\n')) {
    const [code, list = ''] = line.split(':');
    if (!code) continue;
    for (const name of list.split(',')) {
      const key = foldAlias(name.trim());
      if (key && !out.has(key)) out.set(key, code.trim());
    }
  }
  return out;
}

/** The ISO 3166-1 code of the country a city is in, if the list knows it ("Bogotá" → "CO", "BOGOTA" too). */
export function countryOfCity(name: string): string | undefined {
  byName ??= build();
  return byName.get(foldAlias(name.trim()));
}
