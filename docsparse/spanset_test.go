package docsparse

import "testing"

func TestSpanSet(t *testing.T) {
	for _, tt := range []struct {
		name  string
		spans []span
		in    []int
		out   []int
	}{
		{"none", nil, nil, []int{0, 5}},
		{"disjoint, out of order", []span{{10, 20}, {0, 5}}, []int{0, 4, 10, 19}, []int{5, 9, 20, 25}},
		{"nested: the outer one still holds after the inner ends", []span{{0, 100}, {10, 20}}, []int{0, 15, 20, 99}, []int{100}},
		{"a later start with an earlier end", []span{{5, 50}, {30, 35}, {60, 70}}, []int{36, 49, 60}, []int{4, 50, 59, 70}},
		{"empty span holds nothing", []span{{3, 3}}, nil, []int{2, 3, 4}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newSpanSet(tt.spans)
			for _, off := range tt.in {
				if !s.contains(off) {
					t.Errorf("contains(%d) = false, want true", off)
				}
			}
			for _, off := range tt.out {
				if s.contains(off) {
					t.Errorf("contains(%d) = true, want false", off)
				}
			}
		})
	}
}
