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

func TestByteSizes(t *testing.T) {
	var l byteSizes
	if err := l.Set("256KiB,512KiB,1MiB,2MiB"); err != nil || l.String() != "256KiB,512KiB,1MiB,2MiB" {
		t.Errorf("Set = %v, %v", l, err)
	}
	if err := l.Set("1MiB,,2MiB"); err == nil {
		t.Errorf("an empty size accepted: %v", l)
	}
}

func TestBuilds(t *testing.T) {
	var l builds
	for _, v := range []string{"before=/tmp/a", "/tmp/b"} {
		if err := l.Set(v); err != nil {
			t.Fatal(err)
		}
	}
	if got := l.String(); got != "before=/tmp/a /tmp/b=/tmp/b" {
		t.Errorf("builds = %q", got)
	}
	for _, v := range []string{"", "=x", "x="} {
		if err := l.Set(v); err == nil {
			t.Errorf("Set(%q) accepted", v)
		}
	}
}
