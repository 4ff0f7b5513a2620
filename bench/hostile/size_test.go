package main

import "testing"

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int{"262144": 262144, "256KiB": 262144, "16MiB": 16 << 20, "1MiB": 1 << 20} {
		var s byteSize
		if err := s.Set(in); err != nil || int(s) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, s, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1KiB", "16MB", "2048MiB", "x"} {
		var s byteSize
		if err := s.Set(in); err == nil {
			t.Errorf("Set(%q) accepted as %d", in, s)
		}
	}
	for n, want := range map[int]string{262144: "256KiB", 16 << 20: "16MiB", 1000: "1000"} {
		if s := byteSize(n); s.String() != want {
			t.Errorf("String(%d) = %q, want %q", n, s.String(), want)
		}
	}
}
