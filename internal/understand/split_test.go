package understand

import "testing"

// A sentence ending in "and" is split within its own tokens: Read's pooled buffer keeps an
// earlier sentence's tokens past the end, and split once read "then" there (found by
// FuzzParse in docsparse: "index out of range").
func TestSplitStaysWithinTheSentence(t *testing.T) {
	ts := tokenize("Select **A** and then click **B**")
	pieces := split(ts[:3]) // "Select **A** and", with "then click **B**" past its end
	if len(pieces) != 1 || len(pieces[0]) != 3 {
		t.Errorf("split = %v, want the three tokens as one piece", pieces)
	}
}
