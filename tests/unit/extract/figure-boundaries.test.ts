// Figures read wherever they stand (issue 20): at the end of a paragraph or a line, before punctuation, after
// no-break spaces, and counts written in words — the same table in French, English and Spanish.
import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/extract/figures';
import type { FigureLanguage } from '@/lib/schema';

type Row = [lang: FigureLanguage, text: string, figure: string, value: number, unit: string];

/** The one figure `text` holds: its words, value and unit. */
function only(text: string, lang: FigureLanguage) {
  const found = findFigures(text, lang);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [figure] = found;
  return { text: figure?.text, value: figure?.value, unit: figure?.unit };
}

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('an amount whose currency word ends a paragraph, a line or a sentence', () => {
  it.each<Row>([
    ['en', 'It costs 5 million dollars.\nOther news.', '5 million dollars', 5e6, 'USD'],
    ['en', 'It costs 5 million dollars\nOther news.', '5 million dollars', 5e6, 'USD'],
    ['en', 'It costs 5 million dollars', '5 million dollars', 5e6, 'USD'],
    ['en', 'It costs 5 million dollars; the rest follows.', '5 million dollars', 5e6, 'USD'],
    ['en', 'It costs (5 million euros) in all.', '5 million euros', 5e6, 'EUR'],
    ['en', 'It costs 5 million dollars,\r\nthen more.', '5 million dollars', 5e6, 'USD'],
    ['fr', 'Le projet coûtera 5 millions de dollars.\nAutre chose.', '5 millions de dollars', 5e6, 'USD'],
    ['fr', 'Le projet coûtera 5 millions d’euros\nAutre chose.', '5 millions d’euros', 5e6, 'EUR'],
    ['fr', `Le projet coûtera 1${NNBSP}200 millions d’euros.`, `1${NNBSP}200 millions d’euros`, 1.2e9, 'EUR'],
    ['fr', `Un chèque de 5${NBSP}M${NBSP}€.\nFin.`, `5${NBSP}M${NBSP}€`, 5e6, 'EUR'],
    ['fr', '« Il coûtera 2 milliards de dollars »', '2 milliards de dollars', 2e9, 'USD'],
    ['es', 'La obra costará 5 millones de dólares.\nOtra noticia.', '5 millones de dólares', 5e6, 'USD'],
    ['es', 'La obra costará 5 millones de euros\nOtra noticia.', '5 millones de euros', 5e6, 'EUR'],
    ['es', `La obra costará USD${NBSP}1.200 millones.\nOtra.`, `USD${NBSP}1.200 millones`, 1.2e9, 'USD'],
    [
      'es',
      'La inversión asciende a mil doscientos millones de dólares.',
      'mil doscientos millones de dólares',
      1.2e9,
      'USD',
    ],
  ])('[%s] %j', (lang, text, figure, value, unit) => {
    expect(only(text, lang)).toEqual({ text: figure, value, unit });
  });
});

describe('counts in words and digits of what deals build', () => {
  it.each<Row>([
    ['es', 'Contará con tres zonas de disponibilidad.', 'tres zonas de disponibilidad', 3, 'objects'],
    ['es', 'Abrirá dos centros de datos en Santiago.', 'dos centros de datos', 2, 'objects'],
    ['es', 'Operará 3 regiones de nube', '3 regiones de nube', 3, 'objects'],
    ['en', 'It will have three availability zones.', 'three availability zones', 3, 'objects'],
    ['en', 'The firm will open two new data centers\nin Lima.', 'two new data centers', 2, 'objects'],
    ['en', 'It already runs 33 cloud regions', '33 cloud regions', 33, 'objects'],
    ['fr', 'La région comptera trois zones de disponibilité.', 'trois zones de disponibilité', 3, 'objects'],
    ['fr', 'Elle ouvrira deux centres de données.', 'deux centres de données', 2, 'objects'],
    ['fr', `Elle emploiera 1${NBSP}500 personnes.`, `1${NBSP}500 personnes`, 1500, 'people'],
    ['fr', 'Elle créera deux cents emplois', 'deux cents emplois', 200, 'jobs'],
    ['en', 'It will create two thousand jobs.\nMore.', 'two thousand jobs', 2000, 'jobs'],
    ['es', 'Creará quinientos empleos.', 'quinientos empleos', 500, 'jobs'],
  ])('[%s] %j', (lang, text, figure, value, unit) => {
    expect(only(text, lang)).toEqual({ text: figure, value, unit });
  });

  it.each<[FigureLanguage, string]>([
    ['en', 'It will open a data centre in Lima.'],
    ['fr', 'Elle ouvrira un centre de données à Lima.'],
    ['es', 'Abrirá una región de nube en Lima.'],
  ])('[%s] a lone article is no count: %j', (lang, text) => {
    expect(findFigures(text, lang)).toEqual([]);
  });
});
