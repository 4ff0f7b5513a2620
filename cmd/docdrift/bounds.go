package main

import (
	"flag"
	"fmt"

	"github.com/docdrift/docdrift/internal/config"
)

// checkBounds holds every parsed flag to the bounds docdrift.toml's keys obey (config's one
// table of limits), so --step-timeout -1s or --image-threshold NaN stops before anything runs.
func checkBounds(flags *flag.FlagSet) error {
	var err error
	flags.VisitAll(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		if !ok || err != nil {
			return
		}
		if e := config.CheckFlag(f.Name, g.Get()); e != nil {
			err = fmt.Errorf("--%s %s: %w", f.Name, f.Value, e)
		}
	})
	return err
}
