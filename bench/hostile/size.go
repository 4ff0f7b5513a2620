package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a -size flag: a number of bytes, or of KiB or MiB ("512KiB", "16MiB").
type byteSize int

func (s *byteSize) String() string {
	switch n := int(*s); {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	default:
		return strconv.Itoa(n)
	}
}

func (s *byteSize) Set(v string) error {
	num, unit := v, 1
	for suffix, u := range map[string]int{"KiB": 1 << 10, "MiB": 1 << 20} {
		if n, ok := strings.CutSuffix(v, suffix); ok {
			num, unit = n, u
		}
	}
	n, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil || n <= 0 || n > (1<<30)/unit {
		return fmt.Errorf("%q is not a size from 1 byte to 1024MiB (bytes, or a number with KiB or MiB)", v)
	}
	*s = byteSize(n * unit)
	return nil
}

// byteSizes is a comma-separated list of sizes.
type byteSizes []byteSize

func (l *byteSizes) String() string {
	parts := make([]string, len(*l))
	for i := range *l {
		parts[i] = (*l)[i].String()
	}
	return strings.Join(parts, ",")
}

func (l *byteSizes) Set(v string) error {
	var out byteSizes
	for _, part := range strings.Split(v, ",") {
		var s byteSize
		if err := s.Set(part); err != nil {
			return err
		}
		out = append(out, s)
	}
	*l = out
	return nil
}
