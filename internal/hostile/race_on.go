//go:build race

package hostile

// Under the race detector (go test -race, as CI runs) code runs about ten times slower:
// CPU bounds stretch by raceSlowdown, and docs shrink by raceShrink to keep the tests short.
// The quadratic shapes still take many times the bound at a quarter of the size.
const (
	raceSlowdown = 10
	raceShrink   = 4
)
