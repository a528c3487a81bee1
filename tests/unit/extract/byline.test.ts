// Issue 21: the saved article's author is a person and its site the publisher, never mixed up.
import { describe, expect, it } from 'vitest';
import { articleSource } from '@/lib/extract/metadata/byline';
import { restoreCase } from '@/lib/extract/text-frame';

describe('articleSource', () => {
  it.each<[string | undefined, string | undefined, string | undefined, string | undefined]>([
    // byline, site → author, publisher
    ['Par Claire Fontaine', 'Le Monde', 'Claire Fontaine', 'Le Monde'],
    ['By Sarah Okafor, Rest of World', 'Rest of World', 'Sarah Okafor', 'Rest of World'],
    ['Marc Lefebvre Les Echos', 'Les Echos', 'Marc Lefebvre', 'Les Echos'],
    ['Julien CarrèreLa Dépêche du Midi', 'La Dépêche du Midi', 'Julien Carrère', 'La Dépêche du Midi'],
    ['Par Hélène Baril, La Presse', 'La Presse', 'Hélène Baril', 'La Presse'],
    ['Faris Mokhtar and Grace Sihombing | Bloomberg', 'Bloomberg', 'Faris Mokhtar, Grace Sihombing', 'Bloomberg'],
    ['By MARK STEVENSON Associated Press', 'Associated Press', 'Mark Stevenson', 'Associated Press'],
    ['Dan Milmo Global technology editor', 'the Guardian', 'Dan Milmo', 'the Guardian'],
    ['Por Ana Lucía Herrera', 'El Financiero', 'Ana Lucía Herrera', 'El Financiero'],
    ['Libération', 'Libération', undefined, 'Libération'],
    ['Reuters', 'Reuters', undefined, 'Reuters'],
    ['AFP', 'La Presse', undefined, 'La Presse'],
    ['Agencia EFE', 'Gestión', undefined, 'Gestión'],
    ['Redacción', 'Expansión', undefined, 'Expansión'],
    ['Por Redacción La Tercera', 'La Tercera', undefined, 'La Tercera'],
    ['Redacción Economía', 'El Tiempo', undefined, 'El Tiempo'],
    ['Le Point Afrique', 'Le Point', undefined, 'Le Point'],
    ['Le Monde | Jane Doe', 'Le Monde', 'Jane Doe', 'Le Monde'],
    [undefined, 'http://www.tmz.com', undefined, 'tmz.com'],
    ['https://www.facebook.com/someone', undefined, undefined, undefined],
  ])('%j on %j → author %j, publisher %j', (byline, site, author, publisher) => {
    expect(articleSource(byline, site)).toEqual({
      ...(author ? { author } : {}),
      ...(publisher ? { publisher } : {}),
    });
  });

  it.each([
    ['LIMA', 'Lima'],
    ['SANTIAGO DE CHILE', 'Santiago de Chile'],
    ['MONTRÉAL', 'Montréal'],
    ['SÃO PAULO', 'São Paulo'],
  ])('restoreCase(%s) is %s, letter for letter', (caps, expected) => {
    expect(restoreCase(caps)).toBe(expected);
    expect(restoreCase(caps)).toHaveLength(caps.length);
  });
});
