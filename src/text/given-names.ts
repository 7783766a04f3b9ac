/**
 * One given name as languages write it: "Giorgos" and "George", "Mykola" and "Nikolai", "Włodzimierz" and "Vladimir".
 * Sound-alike codes join spellings of one form ("Sergei", "Sergey"); these forms are another word in each language, so
 * the press writes one person's name in the one form or the other. Curated: no package lists them across languages.
 * Words are folded (lower case, no marks).
 */
const FORMS: readonly string[] = [
  'george giorgos georgios georgi giorgi jorge georg georges giorgio jerzy',
  'alexander aleksandr alexandr alexandre alejandro alessandro oleksandr aleksander alexandros',
  'nicholas nikolai nikolay nikolaos nicolas nicola mykola mikalai nikola',
  'andrew andrei andrey andriy andrii andrzej andreas andres andrej',
  'michael mikhail michal miguel michel mykhailo michail michele mihail',
  'peter pyotr petr pedro pietro piotr petros pierre',
  'paul pablo paolo pavel paulo pavlo pawel',
  'stephen steven stefan stephane esteban stefano stefanos stepan',
  'joseph jose giuseppe jozef josef',
  'charles carlos carlo karl karel',
  'francis francisco francesco francois franz frantisek',
  'anthony antonio antonis anton antoine antoni',
  'dmitry dmitri dmitriy dmytro dimitri dimitrios dimitris',
  'vladimir volodymyr wladimir wlodzimierz',
  'constantine konstantinos konstantin kostas',
  'emmanuel emmanouil manuel',
  'gregory grigory grzegorz gregorio',
  'william guillermo wilhelm guillaume',
  'henry enrique henri heinrich enrico',
  'thomas tomas tomasz tommaso',
  'matthew mateo matteo mateusz matthias',
  'jacob jakub yakov jakob',
];

/** Each form's group, built once when the module loads: a constant table, not state. */
const GROUP: ReadonlyMap<string, number> = new Map(
  FORMS.flatMap((line, i) => line.split(' ').map((w) => [w, i] as const)),
);

/** True when two folded given names are one name in two languages' forms. */
export const sameGivenName = (a: string, b: string): boolean => {
  const g = GROUP.get(a);
  return g !== undefined && g === GROUP.get(b);
};
