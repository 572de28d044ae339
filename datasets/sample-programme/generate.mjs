// Generator of the synthetic "sample programme" data package and of its dirty copy.
//
// Plain Node ESM, no dependencies. Everything random comes from one seeded PRNG
// (mulberry32), so the same seed always gives the same bytes: no Date.now, no
// Math.random, stable ordering, '\n' line endings and a final newline.
//
//   node datasets/sample-programme/generate.mjs
//
// writes datasets/sample-programme/*.csv and datasets/sample-programme-dirty/*.csv
// (+ expected-problems.json). See the README.md files beside the outputs.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The seed the committed files were generated with. */
export const SEED = 20150101;

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const weighted = (pairs) => {
    // pairs: [[value, weight], ...]
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = next() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  };
  const shuffle = (arr) => {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const sample = (arr, k) => shuffle(arr).slice(0, k);
  return { next, int, pick, chance, weighted, shuffle, sample };
}

// ---------------------------------------------------------------------------
// Dates as whole days since 1970-01-01 (UTC); formatting is deterministic.

const MS_PER_DAY = 86400000;
const day = (y, m, d) => Date.UTC(y, m - 1, d) / MS_PER_DAY;
const iso = (n) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
const yearOf = (n) => new Date(n * MS_PER_DAY).getUTCFullYear();
const FIRST_DAY = day(2015, 1, 1);
const LAST_DAY = day(2024, 12, 31);

// ---------------------------------------------------------------------------
// Static content: countries, cities, names, organisations, programmes

/** Splits a '; '-separated list (the items contain spaces, commas and apostrophes). */
const list = (text) => text.split('; ');

const COUNTRIES = ['DE', 'FR', 'PL', 'UA', 'GE', 'AM', 'TR', 'IT', 'ES', 'SE', 'MA', 'TN'];
const PEOPLE_PER_COUNTRY = { DE: 62, FR: 55, PL: 55, UA: 52, GE: 45, AM: 38, TR: 62, IT: 52, ES: 48, SE: 42, MA: 44, TN: 45 };

const CITIES = {
  DE: list('Berlin; Leipzig; Hamburg; Köln; München; Dresden'),
  FR: list('Lyon; Marseille; Lille; Strasbourg; Nantes; Toulouse'),
  PL: list('Kraków; Gdańsk; Wrocław; Poznań; Łódź; Lublin'),
  UA: list('Lviv; Kharkiv; Kyiv; Odesa; Dnipro; Chernivtsi'),
  GE: list('Tbilisi; Kutaisi; Batumi; Telavi; Gori'),
  AM: list('Yerevan; Gyumri; Vanadzor; Dilijan'),
  TR: list('İstanbul; İzmir; Ankara; Eskişehir; Trabzon; Gaziantep'),
  IT: list('Bologna; Napoli; Torino; Palermo; Firenze; Trieste'),
  ES: list('Valencia; Sevilla; Bilbao; Zaragoza; Granada; Barcelona'),
  SE: list('Göteborg; Umeå; Malmö; Uppsala; Stockholm'),
  MA: list('Rabat; Fès; Marrakech; Tanger; Agadir'),
  TN: list('Tunis; Sousse; Sfax; Bizerte; Kairouan'),
};

// Two partner organisations per country: [id, name, country, city, founded]
const ORGANISATIONS = [
  ['O01', 'Brückenwerk Berlin e.V.', 'DE', 'Berlin', 1998],
  ['O02', 'Jugendforum Leipzig e.V.', 'DE', 'Leipzig', 2004],
  ['O03', 'Association Passerelles Lyon', 'FR', 'Lyon', 1995],
  ['O04', 'Maison des Jeunes du Panier, Marseille', 'FR', 'Marseille', 1987],
  ['O05', 'Fundacja Mosty Kraków', 'PL', 'Kraków', 2001],
  ['O06', 'Stowarzyszenie Bałtyckie Forum Młodzieży', 'PL', 'Gdańsk', 2006],
  ['O07', 'Youth Centre Mist', 'UA', 'Lviv', 2009],
  ['O08', 'Kharkiv Civic Hub', 'UA', 'Kharkiv', 2014],
  ['O09', 'Tbilisi Youth Platform', 'GE', 'Tbilisi', 2007],
  ['O10', 'Imereti Volunteers Union', 'GE', 'Kutaisi', 2011],
  ['O11', 'Yerevan Youth Dialogue', 'AM', 'Yerevan', 2005],
  ['O12', 'Shirak Community Centre', 'AM', 'Gyumri', 2010],
  ['O13', 'Köprü Gençlik Derneği', 'TR', 'İstanbul', 2003],
  ['O14', 'Ege Spor ve Kültür Kulübü', 'TR', 'İzmir', 1992],
  ['O15', 'Associazione Ponti Aperti', 'IT', 'Bologna', 1999],
  ['O16', 'Polisportiva Vesuvio', 'IT', 'Napoli', 1984],
  ['O17', 'Asociación Juvenil Puentes', 'ES', 'Valencia', 2000],
  ['O18', 'Club Deportivo Triana', 'ES', 'Sevilla', 1979],
  ['O19', 'Föreningen Broar', 'SE', 'Göteborg', 1996],
  ['O20', 'Umeå Idrottsallians', 'SE', 'Umeå', 1989],
  ['O21', 'Association Jeunesse Horizons Rabat', 'MA', 'Rabat', 2002],
  ['O22', 'Club Sport & Culture Fès', 'MA', 'Fès', 2008],
  ['O23', 'Association Tunisienne des Jeunes Bâtisseurs', 'TN', 'Tunis', 2012],
  ['O24', 'Club Sportif Sahel Jeunes', 'TN', 'Sousse', 1997],
].map(([id, name, country, city, founded]) => ({ id, name, country, city, founded }));

const FIRST_NAMES = {
  DE: {
    female: list(
      'Anna; Lena; Hannah; Sophie; Marie; Laura; Julia; Katharina; Johanna; Lisa; Franziska; Charlotte; Mia; Clara; Greta; Paula; Annika; Jördis',
    ),
    male: list(
      'Lukas; Jonas; Felix; Maximilian; Paul; Leon; Tobias; Jan; Florian; Moritz; Jürgen; Niklas; Sebastian; Simon; Philipp; Fabian; Matthias; Jörg',
    ),
  },
  FR: {
    female: list(
      'Camille; Léa; Manon; Chloé; Inès; Sarah; Emma; Louise; Jeanne; Clémence; Margaux; Élodie; Hélène; Juliette; Pauline; Mathilde; Anaïs; Zoé',
    ),
    male: list(
      'Lucas; Hugo; Théo; Louis; Nathan; Antoine; Maxime; Julien; Thomas; Mathieu; François; Jérôme; Clément; Baptiste; Raphaël; Étienne; Guillaume; Rémi',
    ),
  },
  PL: {
    female: list(
      'Anna; Katarzyna; Małgorzata; Agnieszka; Joanna; Magdalena; Aleksandra; Zofia; Natalia; Weronika; Karolina; Paulina; Marta; Ewa; Dominika; Zuzanna; Alicja; Oliwia',
    ),
    male: list(
      'Piotr; Krzysztof; Tomasz; Paweł; Łukasz; Michał; Jakub; Kamil; Mateusz; Marcin; Bartosz; Wojciech; Szymon; Kacper; Filip; Grzegorz; Maciej; Przemysław',
    ),
  },
  UA: {
    female: list(
      'Olena; Iryna; Nataliia; Tetiana; Oksana; Yuliia; Anastasiia; Kateryna; Daria; Sofiia; Viktoriia; Khrystyna; Mariia; Alina; Svitlana',
    ),
    male: list('Oleksandr; Andrii; Dmytro; Serhii; Mykola; Ivan; Volodymyr; Yurii; Maksym; Bohdan; Taras; Vitalii; Artem; Denys; Oleh'),
  },
  GE: {
    female: list('Nino; Mariam; Ana; Tamar; Salome; Natia; Ketevan; Elene; Tekla; Nana; Eka; Sopho; Lika; Keti'),
    male: list('Giorgi; Davit; Luka; Nikoloz; Levan; Irakli; Zurab; Lasha; Sandro; Giga; Tornike; Otar; Beka; Vakhtang'),
  },
  AM: {
    female: list('Anahit; Ani; Mariam; Lilit; Nare; Gayane; Armine; Hasmik; Tatev; Siranush; Arpi; Milena; Seda; Lusine'),
    male: list('Aram; Armen; Davit; Hayk; Narek; Tigran; Vahe; Gor; Arman; Karen; Levon; Sargis; Ashot; Hovhannes'),
  },
  TR: {
    female: list('Elif; Zeynep; Ayşe; Fatma; Merve; Büşra; Esra; Selin; Ceren; Gizem; Çağla; Deniz; Özge; İrem; Sena; Damla; Gül'),
    male: list('Mehmet; Mustafa; Ahmet; Ali; Emre; Burak; Can; Mert; Oğuz; Gökhan; Serkan; Kaan; Barış; Yusuf; Hakan; Onur; Ömer'),
  },
  IT: {
    female: list(
      'Giulia; Francesca; Chiara; Sara; Martina; Valentina; Alessia; Federica; Elisa; Silvia; Giorgia; Beatrice; Arianna; Ilaria; Benedetta; Caterina; Noemi',
    ),
    male: list(
      'Marco; Alessandro; Luca; Matteo; Lorenzo; Andrea; Francesco; Davide; Simone; Federico; Riccardo; Niccolò; Tommaso; Gabriele; Giacomo; Pietro; Stefano',
    ),
  },
  ES: {
    female: list(
      'María; Lucía; Paula; Laura; Marta; Andrea; Alba; Sara; Carmen; Elena; Irene; Nerea; Ainhoa; Inés; Claudia; Noelia; Begoña',
    ),
    male: list(
      'José; Javier; Daniel; Pablo; David; Alejandro; Sergio; Adrián; Álvaro; Diego; Jorge; Iván; Raúl; Rubén; Íñigo; Marcos; Óscar',
    ),
  },
  SE: {
    female: list('Anna; Emma; Maja; Elsa; Alice; Ebba; Wilma; Saga; Linnéa; Åsa; Ingrid; Karin; Sofia; Frida; Klara; Matilda; Märta'),
    male: list('Erik; Lars; Oscar; William; Axel; Elias; Björn; Anders; Johan; Måns; Nils; Olof; Gustav; Viktor; Emil; Sören'),
  },
  MA: {
    female: list('Fatima; Khadija; Salma; Imane; Meryem; Hajar; Nadia; Sanaa; Yasmine; Houda; Zineb; Asmae; Ghita; Loubna; Samira'),
    male: list('Mohamed; Youssef; Amine; Hamza; Mehdi; Omar; Karim; Anas; Ayoub; Bilal; Rachid; Hicham; Saïd; Othmane; Yassine'),
  },
  TN: {
    female: list('Amira; Mariem; Rania; Sarra; Ines; Yosra; Nour; Asma; Emna; Olfa; Hela; Sonia; Wafa; Ons; Chaima'),
    male: list('Mohamed; Ahmed; Ali; Aymen; Hamza; Oussama; Khaled; Walid; Mehdi; Skander; Bilel; Anis; Hichem; Firas; Wassim'),
  },
};

const SURNAMES = {
  DE: list(
    'Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; Hoffmann; Koch; Richter; Klein; Wolf; Schröder; Neumann; Zimmermann; Braun; Krüger; Hartmann; Lange; Köhler; Weiß; Jäger; Vogel; Günther; Böhm',
  ),
  FR: list(
    "Martin; Bernard; Dubois; Thomas; Robert; Richard; Petit; Durand; Leroy; Moreau; Laurent; Lefèvre; Michel; Bertrand; Roux; Fournier; Girard; André; Mercier; Lambert; Bonnet; Fontaine; Chevalier; Gauthier; D'Almeida; L'Hôte",
  ),
  PL: list(
    'Nowak; Kowalski; Wiśniewski; Wójcik; Kowalczyk; Kamiński; Lewandowski; Zieliński; Szymański; Woźniak; Dąbrowski; Kozłowski; Jankowski; Mazur; Kwiatkowski; Krawczyk; Piotrowski; Grabowski; Pawłowski; Michalski; Król; Wieczorek; Jabłoński; Sadowski',
  ),
  UA: list(
    'Kovalenko; Bondarenko; Tkachenko; Shevchenko; Kravchenko; Melnyk; Boiko; Koval; Oliinyk; Lysenko; Marchenko; Rudenko; Savchenko; Petrenko; Moroz; Polishchuk; Kovalchuk; Tkachuk; Honchar; Pavlenko',
  ),
  GE: list(
    'Beridze; Kapanadze; Gelashvili; Maisuradze; Giorgadze; Lomidze; Tsiklauri; Bolkvadze; Nozadze; Khutsishvili; Chikovani; Janelidze; Abashidze; Mchedlishvili; Gogoladze; Shengelia; Tsereteli',
  ),
  AM: list(
    'Petrosyan; Harutyunyan; Sargsyan; Hovhannisyan; Grigoryan; Khachatryan; Hakobyan; Vardanyan; Karapetyan; Gevorgyan; Avetisyan; Mkrtchyan; Ghazaryan; Manukyan; Poghosyan; Stepanyan; Martirosyan',
  ),
  TR: list(
    'Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan; Kılıç; Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat; Güneş; Aksoy',
  ),
  IT: list(
    "Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; Gallo; Conti; De Luca; Mancini; Costa; Giordano; Rizzo; Lombardi; Moretti; D'Angelo; Dell'Acqua; D'Amico; Fabbri; Caruso; Santoro; Cantù",
  ),
  ES: list(
    'García; Fernández; González; Rodríguez; López; Martínez; Sánchez; Pérez; Gómez; Martín; Jiménez; Ruiz; Hernández; Díaz; Moreno; Muñoz; Álvarez; Romero; Navarro; Torres; Domínguez; Gil; Vázquez; Serrano; Ramos; Castro; Ortega; Núñez; Peña',
  ),
  SE: list(
    'Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; Gustafsson; Pettersson; Jonsson; Hansson; Bengtsson; Lindberg; Lindström; Lundgren; Bergström; Sjöberg; Åberg; Lindqvist; Ekström; Öberg; Holmgren',
  ),
  MA: list(
    'El Amrani; Benali; Alaoui; Bennani; El Idrissi; Tazi; Berrada; Chraibi; El Fassi; Ouazzani; Lahlou; Bouzid; Haddad; Ziani; El Mansouri; Naciri; Kettani; Benjelloun',
  ),
  TN: list(
    'Ben Salah; Ben Ali; Trabelsi; Gharbi; Hammami; Jebali; Mejri; Ayari; Khelifi; Ben Ahmed; Chaabane; Jaziri; Mansouri; Ben Youssef; Sassi; Dridi; Saidi; Zouari; Ben Amor',
  ),
};

// Nicknames some people registered with (written in double quotes inside the name).
const NICKNAMES = { Oleksandr: 'Sasha', Volodymyr: 'Volodia', Kateryna: 'Katia', Giorgi: 'Gio', Alessandro: 'Ale', Maximilian: 'Max' };

const PROGRAMMES = [
  {
    name: 'Bridges for Youth',
    from: 2015,
    to: 2024,
    countries: COUNTRIES,
    kinds: [
      ['youth-exchange', 21],
      ['volunteer-camp', 9],
    ],
  },
  {
    name: 'Eastern Neighbourhood Study Visits',
    from: 2015,
    to: 2021,
    countries: ['DE', 'PL', 'UA', 'GE', 'AM', 'SE', 'TR'],
    kinds: [['study-visit', 16]],
  },
  {
    name: 'Mediterranean Fair Play',
    from: 2016,
    to: 2024,
    countries: ['IT', 'ES', 'FR', 'TR', 'MA', 'TN'],
    kinds: [
      ['sports-tournament', 14],
      ['youth-exchange', 4],
    ],
  },
  {
    name: 'Green Hands Camps',
    from: 2019,
    to: 2024,
    countries: COUNTRIES,
    kinds: [
      ['volunteer-camp', 12],
      ['study-visit', 4],
    ],
  },
];

// [first month, last month] in which an exchange of each kind starts, and its length in days.
const SEASON = { 'youth-exchange': [3, 11], 'study-visit': [2, 11], 'sports-tournament': [3, 10], 'volunteer-camp': [6, 9] };
const LENGTH = { 'youth-exchange': [7, 12], 'study-visit': [3, 6], 'sports-tournament': [2, 5], 'volunteer-camp': [14, 21] };

const THEMES = {
  'youth-exchange': list(
    'Voices of the River; Shared Tables; Digital Citizens; Memory and Place; Open Doors; Street Art for Dialogue; Youth Media Lab; Food, Land and Us; Stories Without Borders; Music as a Bridge; Us and the City; Rights in Action',
  ),
  'study-visit': list(
    'Youth Work in Practice; Inclusion in Schools; Volunteering Policies; Rural Youth Centres; Non-formal Learning; Civic Participation; Sport for Development; Youth Information Services',
  ),
  'sports-tournament': list('Fair Play Cup; Futsal for Friendship; Beach Volley Encounter; Basketball Without Borders; Mixed Relay Games'),
  'volunteer-camp': list(
    'Trail Restoration; Community Garden; Coastal Clean-up; Heritage Site Repair; Wetland Restoration; Forest Nursery; Playground Build; Olive Harvest',
  ),
};

const MAX_EXCHANGES_PER_PERSON = 4;
const TIE_COUNT = 340;

// ---------------------------------------------------------------------------
// The model

function feminine(surname) {
  // Polish adjectival surnames change their ending for women.
  if (surname.endsWith('ski')) return `${surname.slice(0, -3)}ska`;
  if (surname.endsWith('cki')) return `${surname.slice(0, -3)}cka`;
  return surname;
}

function makePeople(R) {
  const people = [];
  const orgsByCountry = groupBy(ORGANISATIONS, (o) => o.country);
  for (const country of COUNTRIES) {
    const used = new Set();
    for (let i = 0; i < PEOPLE_PER_COUNTRY[country]; i++) {
      const nameGender = R.chance(0.5) ? 'female' : 'male';
      const gender = R.chance(0.02) ? '' : nameGender; // a few did not state it
      const staff = R.chance(0.2);
      const birthYear = staff ? R.int(1962, 1992) : R.int(1989, 2007);
      const org = R.pick(orgsByCountry.get(country));
      const city = R.chance(0.75) ? org.city : R.pick(CITIES[country]);
      let given;
      let surname;
      let name;
      for (let attempt = 0; attempt < 20; attempt++) {
        given = R.pick(FIRST_NAMES[country][nameGender]);
        if (country === 'ES') {
          const [a, b] = R.sample(SURNAMES.ES, 2);
          surname = `${a} ${b}`;
        } else {
          surname = R.pick(SURNAMES[country]);
          if (country === 'PL' && nameGender === 'female') surname = feminine(surname);
        }
        name = `${given} ${surname}`;
        if (!used.has(name)) break;
      }
      used.add(name);
      if (NICKNAMES[given] && R.chance(0.3)) name = `${given} "${NICKNAMES[given]}" ${surname}`;
      // A few people were registered surname first, with a comma.
      if (R.chance(0.025)) name = `${surname}, ${given}`;
      people.push({ id: '', name, country, gender, birthYear, staff, org, city });
    }
  }
  // Registration order mixes countries; ids follow it.
  const shuffled = R.shuffle(people);
  shuffled.forEach((p, i) => {
    p.id = `P${String(i + 1).padStart(4, '0')}`;
    p.index = i;
  });
  return shuffled;
}

function makeExchanges(R) {
  const hosted = new Map(COUNTRIES.map((c) => [c, 0]));
  const sent = new Map(COUNTRIES.map((c) => [c, 0]));
  const orgsByCountry = groupBy(ORGANISATIONS, (o) => o.country);
  const exchanges = [];
  for (const programme of PROGRAMMES) {
    const kinds = R.shuffle(programme.kinds.flatMap(([k, n]) => Array(n).fill(k)));
    const years = programme.to - programme.from + 1;
    kinds.forEach((kind, i) => {
      const year = programme.from + Math.floor((i * years) / kinds.length);
      const [m0, m1] = SEASON[kind];
      const month = R.int(m0, m1);
      const start = day(year, month, R.int(1, 28));
      const [l0, l1] = LENGTH[kind];
      const end = start + R.int(l0, l1) - 1;
      // Host countries are spread out: those that hosted less are more likely,
      // and delegations go more often to countries that have sent fewer so far
      // for their number of people.
      const load = (c) => PEOPLE_PER_COUNTRY[c] / (1 + sent.get(c)) ** 1.5;
      const host = R.weighted(programme.countries.map((c) => [c, load(c) / (1 + hosted.get(c)) ** 2]));
      hosted.set(host, hosted.get(host) + 1);
      sent.set(host, sent.get(host) + 1);
      const hostOrg = R.pick(orgsByCountry.get(host));
      const city = R.chance(0.6) ? hostOrg.city : R.pick(CITIES[host]);
      const nVisiting = R.weighted([
        [1, 0.55],
        [2, 0.33],
        [3, 0.12],
      ]);
      const visiting = [];
      for (let v = 0; v < nVisiting; v++) {
        const c = R.weighted(programme.countries.filter((c) => c !== host && !visiting.includes(c)).map((c) => [c, load(c)]));
        visiting.push(c);
        sent.set(c, sent.get(c) + 1);
      }
      const theme = R.pick(THEMES[kind]);
      const name = {
        'youth-exchange': `Youth Exchange ${city} ${year}: ${theme}`,
        'study-visit': `Study Visit ${city} ${year}: ${theme}`,
        'sports-tournament': `${theme} ${city} ${year}`,
        'volunteer-camp': `Volunteer Camp ${city} ${year}: ${theme}`,
      }[kind];
      exchanges.push({ id: '', name, kind, programme: programme.name, start, end, host, hostOrg, city, visiting });
    });
  }
  exchanges.sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.host, b.host) || cmp(a.name, b.name));
  exchanges.forEach((x, i) => {
    x.id = `X${String(i + 1).padStart(3, '0')}`;
    if (x.start < FIRST_DAY || x.end > LAST_DAY) throw new Error(`exchange ${x.id} out of range`);
  });
  return exchanges;
}

function makeParticipations(R, people, exchanges) {
  const orgsByCountry = groupBy(ORGANISATIONS, (o) => o.country);
  const byOrg = groupBy(people, (p) => p.org.id);
  const byCountry = groupBy(people, (p) => p.country);
  const history = new Map(people.map((p) => [p.id, []])); // exchanges each person took part in
  const roles = new Map(people.map((p) => [p.id, []]));
  const participations = [];

  const age = (p, x) => yearOf(x.start) - p.birthYear;
  const available = (p, x, taken) =>
    !taken.has(p.id) &&
    history.get(p.id).length < MAX_EXCHANGES_PER_PERSON &&
    history.get(p.id).every((y) => y.end < x.start || y.start > x.end);

  function choose(pools, x, taken, ok) {
    for (const pool of pools) {
      const candidates = pool.filter((p) => available(p, x, taken) && ok(p));
      // People who have been to fewer exchanges are likelier to be picked.
      if (candidates.length) return R.weighted(candidates.map((p) => [p, 1 / (1 + history.get(p.id).length) ** 1.5]));
    }
    return null;
  }

  function add(p, x, role, delegation) {
    participations.push({
      person: p.id,
      exchange: x.id,
      role,
      delegation: delegation ? delegation.country : '',
      organisation: delegation ? delegation.org.id : '',
    });
    history.get(p.id).push(x);
    roles.get(p.id).push(role);
  }

  for (const x of exchanges) {
    const taken = new Set();
    const delegations = [
      { country: x.host, org: x.hostOrg, lead: 'host' },
      ...x.visiting.map((c) => ({ country: c, org: R.pick(orgsByCountry.get(c)), lead: 'group-leader' })),
    ];
    for (const d of delegations) {
      const size = R.weighted([
        [4, 6],
        [5, 5],
        [6, 3],
        [7, 2],
        [8, 1],
        [9, 0.5],
        [10, 0.3],
        [11, 0.2],
        [12, 0.2],
      ]);
      const nLead = size >= 9 ? 2 : 1;
      const own = byOrg.get(d.org.id);
      const country = byCountry.get(d.country);
      for (let i = 0; i < nLead; i++) {
        const adult = (p) => age(p, x) >= 22;
        // Former participants come back as leaders or hosts about half the time.
        const formerParticipant = (p) => adult(p) && roles.get(p.id).includes('participant');
        const staffAdult = (p) => adult(p) && p.staff;
        const p = R.chance(0.5)
          ? choose([own, country], x, taken, formerParticipant) ||
            choose([own, country], x, taken, staffAdult) ||
            choose([own, country], x, taken, adult)
          : choose([own, country], x, taken, staffAdult) || choose([own, country], x, taken, adult);
        if (p) {
          taken.add(p.id);
          add(p, x, d.lead, d);
        }
      }
      for (let i = nLead; i < size; i++) {
        const young = (p) => age(p, x) >= 15 && age(p, x) <= 30;
        const alum = (p) => young(p) && history.get(p.id).length > 0;
        const fresh = (p) => young(p) && history.get(p.id).length === 0;
        const relaxed = (p) => age(p, x) >= 15 && age(p, x) <= 35;
        const p =
          (R.chance(0.25)
            ? choose([own, country], x, taken, alum) || choose([own, country], x, taken, fresh)
            : choose([own, country], x, taken, fresh) || choose([own, country], x, taken, alum)) || choose([country], x, taken, relaxed);
        if (p) {
          taken.add(p.id);
          add(p, x, 'participant', d);
        }
      }
    }
    if (R.chance(0.55)) {
      const trainer = (p) => p.staff && age(p, x) >= 25;
      const repeat = (p) => trainer(p) && roles.get(p.id).includes('facilitator');
      const p = (R.chance(0.5) && choose([people], x, taken, repeat)) || choose([people], x, taken, trainer);
      if (p) {
        taken.add(p.id);
        add(p, x, 'facilitator', null);
      }
    }
  }
  const roleOrder = { host: 0, 'group-leader': 1, facilitator: 2, participant: 3 };
  const xIndex = new Map(exchanges.map((x, i) => [x.id, i]));
  participations.sort(
    (a, b) =>
      xIndex.get(a.exchange) - xIndex.get(b.exchange) ||
      cmp(a.delegation === '' ? '~' : a.delegation, b.delegation === '' ? '~' : b.delegation) ||
      roleOrder[a.role] - roleOrder[b.role] ||
      cmp(a.person, b.person),
  );
  return { participations, history };
}

function makeTies(R, people, exchanges, participations, history) {
  const byExchange = groupBy(participations, (pa) => pa.exchange);
  const personById = new Map(people.map((p) => [p.id, p]));
  const ties = [];
  const pairs = new Set();
  const firstShared = (a, b) => {
    const mine = new Set(history.get(b).map((x) => x.id));
    let best = null;
    for (const x of history.get(a)) if (mine.has(x.id) && (!best || x.start < best.start)) best = x;
    return best;
  };
  let attempts = 0;
  while (ties.length < TIE_COUNT && attempts++ < 100000) {
    const x = R.pick(exchanges);
    const members = byExchange.get(x.id);
    const kind = R.weighted([
      ['friendship', 0.55],
      ['collaboration', 0.3],
      ['mentoring', 0.15],
    ]);
    const cross = R.chance(0.78);
    let a;
    let pool;
    if (kind === 'mentoring') {
      const mentors = members.filter((m) => m.role !== 'participant');
      if (!mentors.length) continue;
      a = R.pick(mentors);
      pool = members.filter((m) => m.role === 'participant');
    } else {
      a = R.pick(members);
      pool = members;
    }
    const countryOf = (m) => personById.get(m.person).country;
    pool = pool.filter((m) => m.person !== a.person && (cross ? countryOf(m) !== countryOf(a) : countryOf(m) === countryOf(a)));
    if (!pool.length) continue;
    const b = R.pick(pool);
    const key = [a.person, b.person].sort().join('|');
    if (pairs.has(key)) continue;
    pairs.add(key);
    const met = firstShared(a.person, b.person);
    const start = Math.min(LAST_DAY, met.start + R.int(1, met.end - met.start + 240));
    let end = '';
    if (R.chance(0.22)) {
      const e = start + R.int(90, 1400);
      if (e <= LAST_DAY) end = iso(e);
    }
    const weight =
      kind === 'mentoring'
        ? R.weighted([
            [2, 0.2],
            [3, 0.35],
            [4, 0.3],
            [5, 0.15],
          ])
        : R.weighted([
            [1, 0.2],
            [2, 0.3],
            [3, 0.25],
            [4, 0.15],
            [5, 0.1],
          ]);
    // Mentoring is directed (source = mentor); the other kinds are listed in id order.
    const [source, target] = kind === 'mentoring' ? [a.person, b.person] : [a.person, b.person].sort();
    ties.push({ source, target, kind, start: iso(start), end, weight: String(weight), via_exchange: met.id });
  }
  ties.sort((s, t) => cmp(s.start, t.start) || cmp(s.source, t.source) || cmp(s.target, t.target));
  return ties;
}

function makeMemberships(R, people, history) {
  const orgsByCountry = groupBy(ORGANISATIONS, (o) => o.country);
  const memberships = [];
  const roleFor = (p) => (p.staff ? (R.chance(0.15) ? 'board' : 'staff') : R.chance(0.3) ? 'volunteer' : 'member');
  for (const p of people) {
    const xs = history.get(p.id);
    const earliest = Math.max(day(p.birthYear + 14, 1, 1), day(p.org.founded, 1, 1), day(2008, 1, 1));
    let start;
    if (xs.length) {
      const first = Math.min(...xs.map((x) => x.start));
      start = Math.max(earliest, first - R.int(60, 1200));
      if (start >= first) start = first - 30;
    } else {
      const from = Math.max(earliest, day(2012, 1, 1));
      start = from + R.int(0, Math.max(0, day(2024, 6, 30) - from));
    }
    const last = xs.length ? Math.max(...xs.map((x) => x.end)) : start;
    const role = roleFor(p);
    const u = R.next();
    if (u < 0.05) {
      // Moved to the other partner organisation of the country after their last exchange.
      const end = last + R.int(30, 400);
      if (end < day(2024, 10, 1)) {
        const other = orgsByCountry.get(p.country).find((o) => o.id !== p.org.id);
        memberships.push({ person: p.id, group: p.org.id, role, start: iso(start), end: iso(end) });
        memberships.push({ person: p.id, group: other.id, role: roleFor(p), start: iso(end + R.int(1, 90)), end: '' });
        p.org = other;
        continue;
      }
    } else if (u < 0.17) {
      // Left the organisation.
      const end = last + R.int(30, 900);
      if (end < LAST_DAY) {
        memberships.push({ person: p.id, group: p.org.id, role, start: iso(start), end: iso(end) });
        continue;
      }
    }
    memberships.push({ person: p.id, group: p.org.id, role, start: iso(start), end: '' });
  }
  return memberships;
}

function buildModel(seed) {
  if (!Number.isInteger(seed)) throw new Error('sample-programme/generate: seed must be an integer');
  const R = makeRandom(seed);
  const people = makePeople(R);
  const exchanges = makeExchanges(R);
  const { participations, history } = makeParticipations(R, people, exchanges);
  const ties = makeTies(R, people, exchanges, participations, history);
  const memberships = makeMemberships(R, people, history);
  return { people, exchanges, participations, ties, memberships };
}

// ---------------------------------------------------------------------------
// CSV rendering (RFC 4180: quote a field holding a comma, a quote or a line break)

function csvField(value) {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvText(rows) {
  return `${rows.map((cells) => cells.map(csvField).join(',')).join('\n')}\n`;
}

const HEADERS = {
  'people.csv': ['id', 'name', 'country', 'gender', 'birth_year', 'city', 'organisation'],
  'exchanges.csv': ['id', 'name', 'kind', 'programme', 'start', 'end', 'host_country', 'host_city', 'host_organisation'],
  'participations.csv': ['person', 'exchange', 'role', 'delegation', 'organisation'],
  'ties.csv': ['source', 'target', 'kind', 'start', 'end', 'weight', 'via_exchange'],
  'groups.csv': ['id', 'name', 'kind', 'country', 'city', 'founded'],
  'memberships.csv': ['person', 'group', 'role', 'start', 'end'],
};

function tables(model) {
  return {
    'people.csv': model.people.map((p) => [p.id, p.name, p.country, p.gender, String(p.birthYear), p.city, p.org.name]),
    'exchanges.csv': model.exchanges.map((x) => [
      x.id,
      x.name,
      x.kind,
      x.programme,
      iso(x.start),
      iso(x.end),
      x.host,
      x.city,
      x.hostOrg.id,
    ]),
    'participations.csv': model.participations.map((pa) => [pa.person, pa.exchange, pa.role, pa.delegation, pa.organisation]),
    'ties.csv': model.ties.map((t) => [t.source, t.target, t.kind, t.start, t.end, t.weight, t.via_exchange]),
    'groups.csv': ORGANISATIONS.map((o) => [o.id, o.name, 'partner-organisation', o.country, o.city, String(o.founded)]),
    'memberships.csv': model.memberships.map((m) => [m.person, m.group, m.role, m.start, m.end]),
  };
}

function render(tablesByFile) {
  const out = {};
  for (const file of Object.keys(HEADERS)) out[file] = csvText([HEADERS[file], ...tablesByFile[file]]);
  return out;
}

/**
 * The clean data package.
 * @param {{seed?: number}} [options]
 * @returns {Record<string, string>} file name -> CSV text
 */
export function generate({ seed = SEED } = {}) {
  return render(tables(buildModel(seed)));
}

// ---------------------------------------------------------------------------
// The dirty copy: the same data with a few planted, documented problems.

const PROBLEM_FILE_ORDER = ['exchanges.csv', 'groups.csv', 'memberships.csv', 'participations.csv', 'people.csv', 'ties.csv'];

function foldAccents(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i');
}

function plantProblems(clean) {
  // Each file becomes a list of {cells, problem?}; planted rows carry their problem.
  const files = {};
  for (const [file, rows] of Object.entries(clean)) files[file] = rows.map((cells) => ({ cells: cells.slice() }));
  const col = (file, name) => HEADERS[file].indexOf(name);
  const mark = (row, file, column, code, value) => {
    row.problem = { file, column, value: value === undefined ? (column === null ? null : row.cells[col(file, column)]) : value, code };
    return row;
  };

  // exchanges.csv: an impossible date, and an end before the start.
  {
    const f = 'exchanges.csv';
    const rows = files[f];
    const x2019 = rows.find((r) => r.cells[col(f, 'start')].startsWith('2019-'));
    x2019.cells[col(f, 'start')] = '2019-13-45';
    mark(x2019, f, 'start', 'invalid-date');
    const swapped = rows[33];
    const start = swapped.cells[col(f, 'start')];
    swapped.cells[col(f, 'end')] = iso(Date.parse(`${start}T00:00:00Z`) / MS_PER_DAY - 4);
    mark(swapped, f, 'end', 'end-before-start');
  }

  // memberships.csv: an end date written day/month/year.
  {
    const f = 'memberships.csv';
    const rows = files[f];
    const ended = rows.find((r, i) => i >= 100 && r.cells[col(f, 'end')] !== '');
    const [y, m, d] = ended.cells[col(f, 'end')].split('-');
    ended.cells[col(f, 'end')] = `${d}/${m}/${y}`;
    mark(ended, f, 'end', 'invalid-date');
  }

  // participations.csv: an unknown person, an unknown exchange, a ragged row.
  {
    const f = 'participations.csv';
    const rows = files[f];
    const ghost = { cells: rows[200].cells.slice() };
    ghost.cells[col(f, 'person')] = 'P0612';
    mark(ghost, f, 'person', 'unknown-person');
    rows.splice(201, 0, ghost);
    const stray = { cells: rows[700].cells.slice() };
    stray.cells[col(f, 'exchange')] = 'X081';
    mark(stray, f, 'exchange', 'unknown-exchange');
    rows.splice(701, 0, stray);
    rows[950].cells.push('arrived late');
    mark(rows[950], f, null, 'ragged-row', String(rows[950].cells.length));
  }

  // people.csv: a row without an id, and a person registered twice under one id.
  {
    const f = 'people.csv';
    const rows = files[f];
    const noId = { cells: ['', 'Tamar Gelashvili', 'GE', 'female', '2001', 'Kutaisi', 'Imereti Volunteers Union'] };
    mark(noId, f, 'id', 'empty-id');
    rows.splice(57, 0, noId);
    const original = rows.find(
      (r, i) => i >= 300 && foldAccents(r.cells[col(f, 'name')]) !== r.cells[col(f, 'name')] && !/[",]/.test(r.cells[col(f, 'name')]),
    );
    const twice = { cells: original.cells.slice() };
    twice.cells[col(f, 'name')] = foldAccents(original.cells[col(f, 'name')]);
    mark(twice, f, 'id', 'duplicate-id');
    rows.splice(431, 0, twice);
  }

  // ties.csv: a date in words, a weight in words, a self-tie, an unknown person, an empty target.
  {
    const f = 'ties.csv';
    const rows = files[f];
    rows[45].cells[col(f, 'start')] = 'next spring';
    mark(rows[45], f, 'start', 'invalid-date');
    rows[150].cells[col(f, 'weight')] = 'heavy';
    mark(rows[150], f, 'weight', 'invalid-weight');
    const self = { cells: rows[90].cells.slice() };
    self.cells[col(f, 'target')] = self.cells[col(f, 'source')];
    self.cells[col(f, 'kind')] = 'friendship';
    self.cells[col(f, 'end')] = '';
    self.cells[col(f, 'weight')] = '3';
    mark(self, f, 'target', 'self-tie');
    rows.splice(91, 0, self);
    const unknown = { cells: rows[230].cells.slice() };
    unknown.cells[col(f, 'target')] = 'P0640';
    mark(unknown, f, 'target', 'unknown-person');
    rows.splice(231, 0, unknown);
    const empty = { cells: rows[300].cells.slice() };
    empty.cells[col(f, 'target')] = '';
    mark(empty, f, 'target', 'empty-id');
    rows.splice(301, 0, empty);
  }

  const problems = [];
  for (const file of PROBLEM_FILE_ORDER) {
    files[file].forEach((row, i) => {
      if (row.problem) problems.push({ file, line: i + 2, column: row.problem.column, value: row.problem.value, code: row.problem.code });
    });
  }
  const out = {};
  for (const file of Object.keys(HEADERS)) out[file] = csvText([HEADERS[file], ...files[file].map((r) => r.cells)]);
  return { files: out, problems };
}

/**
 * The dirty copy: the clean package with planted problems, plus
 * 'expected-problems.json' listing them ({file, line, column, value, code}).
 * @param {{seed?: number}} [options]
 * @returns {Record<string, string>} file name -> text
 */
export function generateDirty({ seed = SEED } = {}) {
  const { files, problems } = plantProblems(tables(buildModel(seed)));
  return { ...files, 'expected-problems.json': `${JSON.stringify(problems, null, 2)}\n` };
}

// ---------------------------------------------------------------------------
// Helpers

function groupBy(items, key) {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Command line: write both packages next to this file.

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const outputs = [
    [here, generate({ seed: SEED })],
    [join(here, '..', 'sample-programme-dirty'), generateDirty({ seed: SEED })],
  ];
  for (const [dir, files] of outputs) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    process.stdout.write(`wrote ${Object.keys(files).length} files to ${dir}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
