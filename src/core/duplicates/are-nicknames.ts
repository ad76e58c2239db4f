// Common given names and their diminutives (English, Spanish, Italian, German, Russian), as folded
// keys; a name may sit in several families ("chris": Christopher and Christina). Translations (John,
// Juan, Ivan) are left out: they are other people's names far more often than one person's.
const families: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'rick', 'ricky', 'rich', 'richie', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['jonathan', 'jon', 'jonny', 'nathan'],
  ['michael', 'mike', 'mikey', 'mick', 'mickey'],
  ['elizabeth', 'elisabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'lisa', 'libby'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'katya'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge', 'margie'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris', 'kit', 'topher'],
  ['christina', 'christine', 'kristina', 'cristina', 'chris', 'chrissy', 'tina'],
  ['daniel', 'dan', 'danny', 'dani'],
  ['joseph', 'joe', 'joey'],
  ['jose', 'pepe'],
  ['giuseppe', 'beppe', 'peppe'],
  ['charles', 'charlie', 'chuck', 'chas'],
  ['edward', 'ed', 'eddie', 'ted', 'teddy', 'ned'],
  ['eduardo', 'edu', 'dudu'],
  ['anthony', 'tony'],
  ['antonio', 'tono', 'toni', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['matthew', 'matt', 'matty'],
  ['nicholas', 'nicolas', 'nick', 'nicky', 'nico'],
  ['alexander', 'aleksandr', 'alex', 'alec', 'sasha', 'xander'],
  ['alejandro', 'alex', 'ale'],
  ['alexandra', 'alex', 'sandra', 'sasha', 'lexi'],
  ['alejandra', 'ale', 'alex'],
  ['benjamin', 'ben', 'benny', 'benji'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['jennifer', 'jen', 'jenny', 'jenn'],
  ['patricia', 'pat', 'patty', 'trish', 'tricia'],
  ['patrick', 'pat', 'paddy', 'patricio'],
  ['susan', 'sue', 'susie', 'suzy'],
  ['deborah', 'debra', 'deb', 'debbie'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'tori'],
  ['timothy', 'tim', 'timmy'],
  ['gregory', 'greg'],
  ['jeffrey', 'geoffrey', 'jeff', 'geoff'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['lawrence', 'laurence', 'larry'],
  ['gerald', 'gerry', 'jerry'],
  ['peter', 'pete'],
  ['frederick', 'fred', 'freddie'],
  ['francis', 'frank', 'frankie'],
  ['francisco', 'paco', 'pancho', 'fran'],
  ['francesco', 'franco', 'cesco'],
  ['frances', 'fran', 'frankie'],
  ['henry', 'hank', 'harry'],
  ['enrique', 'quique'],
  ['heinrich', 'heinz'],
  ['harold', 'harry', 'hal'],
  ['manuel', 'manolo', 'manu'],
  ['ignacio', 'nacho'],
  ['guillermo', 'memo'],
  ['dolores', 'lola'],
  ['mary', 'molly', 'polly', 'mae'],
  ['dmitri', 'dmitry', 'dima'],
  ['vladimir', 'vova', 'volodya'],
  ['ekaterina', 'katya', 'katerina'],
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'mohd'],
]

const familiesOf: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const map = new Map<string, Set<number>>()
  families.forEach((names, family) => {
    for (const name of names) map.set(name, (map.get(name) ?? new Set()).add(family))
  })
  return map
})()

/** True when two folded given names are one family's forms ("bill" and "william"). */
export function areNicknames(a: string, b: string): boolean {
  if (a === b) return false
  const left = familiesOf.get(a)
  const right = familiesOf.get(b)
  if (!left || !right) return false
  for (const family of left) if (right.has(family)) return true
  return false
}
