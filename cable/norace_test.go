//go:build !race

package cable

// raceEnabled is true when the tests run with the race detector.
const raceEnabled = false
