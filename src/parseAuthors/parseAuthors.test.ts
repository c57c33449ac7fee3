// Byline splitting: the forms bylines take on real pages, and what must not become a name.
import { describe, expect, it } from 'vitest';
import { isPlausibleName, splitAuthors } from './index.js';

const names = (text: string) => splitAuthors(text).map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

describe('splitAuthors', () => {
  it('splits names on commas, and, & and ;, moving job titles into role', () => {
    expect(names('By Jane Doe, Senior Fellow, Russia and Eurasia Programme, and John Roe')).toEqual(['Jane Doe (Senior Fellow, Russia and Eurasia Programme)', 'John Roe']);
    expect(names('Von Anna Berg und Carl Dorn')).toEqual(['Anna Berg', 'Carl Dorn']);
  });

  it('moves a job title written after a name without a comma into role', () => {
    expect(names('Christoph Hein Chefredakteur')).toEqual(['Christoph Hein (Chefredakteur)']);
    // Not when the words before it are not a name, or the name is a single word.
    expect(names('Jörg Staff')).toEqual(['Jörg Staff']);
  });

  it('reads bylines inside date lines', () => {
    expect(names('06.11.2023 13:30 von Olga')).toEqual(['Olga']);
    expect(names('Posted on September 21, 2020 by Adi Tzlil')).toEqual(['Adi Tzlil']);
    expect(names('Von R. R. am 24. Juli 2017')).toEqual(['R. R.']);
    expect(names('Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr')).toEqual(['Isabella.DiBiase']);
    expect(names('Gespeichert von rasos am 24. Juli 2017 - 18:55')).toEqual(['rasos']);
    expect(names('Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45')).toEqual(['Pamela Sladky']);
    expect(names('Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar')).toEqual(['freeman1984']);
  });

  it('reads a date line that ends in names, a glued By label and an agency after a name', () => {
    expect(names('04.02.2022 | 13:10 Uhr | Uta Helkenberg')).toEqual(['Uta Helkenberg']);
    expect(names('05/10/2018 - Published by: Clarissa Borba')).toEqual(['Clarissa Borba']);
    expect(names('05/10/2018 - Publicado por: Clarissa Borba')).toEqual(['Clarissa Borba']);
    expect(names('25.10.2022 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)')).toEqual(['Eberhard Fuhr']);
    expect(names('ByJ.R. Stone')).toEqual(['J.R. Stone']);
    expect(names('VonAnna Berg')).toEqual(['Anna Berg']);
    // 'Byron' is a name, not 'By' and 'ron'.
    expect(names('Byron Katie')).toEqual(['Byron Katie']);
    expect(names('Peter Maahn/SP-X')).toEqual(['Peter Maahn']);
    // An agency pair is kept as written.
    expect(names('dpa/lno')).toEqual(['dpa/lno']);
  });

  it('drops the category a post is filed in after the name', () => {
    expect(names('Posted by Jane Doe in Economy')).toEqual(['Jane Doe']);
    expect(names('Posted by Quillmaker under Short Stories, Essays | Tags: Rivers, Maps')).toEqual(['Quillmaker']);
    expect(names('By Ann Lee, Senior Fellow in Foreign Policy')).toEqual(['Ann Lee (Senior Fellow in Foreign Policy)']);
    // Only a capitalised category right after a name of one or two words.
    expect(names('by Jane Doe in the morning')).toEqual([]);
  });
});

describe('what is not a byline', () => {
  it('returns no author for placeholders, tag lists and bios', () => {
    expect(names('undefined')).toEqual([]);
    expect(names('No Author')).toEqual([]);
    expect(names('Umgebaut, Hirnfaden, Spielerei, Theorie, Weltkunde')).toEqual([]);
    // Two people are still two people.
    expect(names('Anna Berg, Carl Dorn, Eva Falk')).toEqual(['Anna Berg', 'Carl Dorn', 'Eva Falk']);
  });
});

describe('isPlausibleName', () => {
  it('accepts user names with digits, but not names of several words with digits', () => {
    expect(isPlausibleName('freeman1984')).toBe(true);
    expect(isPlausibleName('Jane Doe 2')).toBe(false);
    expect(isPlausibleName('2019')).toBe(false);
    expect(isPlausibleName('12abc')).toBe(false);
  });

  it('rejects sentences, URLs and page furniture', () => {
    expect(isPlausibleName('This is a sentence. it goes on')).toBe(false);
    expect(isPlausibleName('https://example.org')).toBe(false);
    expect(isPlausibleName('View profile')).toBe(false);
  });
});
