package docsparse

import "sort"

// spanSet answers whether an offset lies in any of a set of byte ranges that may nest or
// overlap, by binary search: a doc can have a range per heading, and asking every range for
// every heading took time quadratic in the doc's size.
type spanSet struct {
	spans  []span // by start
	maxEnd []int  // maxEnd[i] is the largest end among spans[:i+1]
}

func newSpanSet(spans []span) spanSet {
	sorted := append([]span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].start < sorted[j].start })
	maxEnd := make([]int, len(sorted))
	for i, s := range sorted {
		maxEnd[i] = s.end
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	return spanSet{spans: sorted, maxEnd: maxEnd}
}

// contains reports whether some span holds off: of the spans starting at or before off, one
// ends after it.
func (s spanSet) contains(off int) bool {
	n := sort.Search(len(s.spans), func(i int) bool { return s.spans[i].start > off })
	return n > 0 && s.maxEnd[n-1] > off
}
