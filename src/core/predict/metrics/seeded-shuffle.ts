// The predict area's one seeded generator and shuffle, under the names the metrics use.
export { seededRandom as mulberry32, shuffled as seededShuffle } from '../seeded-random.ts'
