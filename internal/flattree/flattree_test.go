package flattree

import (
	"strings"
	"testing"
)

// A script given the helpers may itself be put into another (record's capture holds
// locate's collect): the helpers' own text must not name the placeholder, or the second
// pass would write them into the first one's text.
func TestWithNests(t *testing.T) {
	once := With("const inner = () => FLAT_TREE.up;")
	if twice := With(once); twice != once {
		t.Errorf("giving the helpers twice changed the script: flat.js names the placeholder")
	}
	if strings.Contains(once, "FLAT_TREE") {
		t.Errorf("the script still names the placeholder")
	}
}
