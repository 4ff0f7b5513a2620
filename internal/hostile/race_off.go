//go:build !race

package hostile

// Without the race detector bounds and sizes are as written; see race_on.go.
const (
	raceSlowdown = 1
	raceShrink   = 1
)
