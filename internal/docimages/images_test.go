package docimages

import (
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// A doc image is read only once a step that shows it has run, each file once, and Check
// compares with what was read ahead exactly as with a fresh read.
func TestImagesReadOnceTheirStepRan(t *testing.T) {
	doc := parseSeed(t)
	ims := NewImages(nil)
	if ims.Any() {
		t.Error("no docs, yet images to compare")
	}
	ims = NewImages([]*docsparse.Document{doc})
	const createAt, savedAt = 19, 22 // the steps CreateAccount.png and SaveCreds.png show
	for _, tt := range []struct {
		line  int
		shows bool
	}{{createAt, true}, {savedAt, true}, {20, false}, {createAt + 1000, false}} {
		if got := ims.Shows(seed, tt.line); got != tt.shows {
			t.Errorf("Shows(line %d) = %v, want %v", tt.line, got, tt.shows)
		}
	}
	loaded := func() int {
		ims.mu.Lock()
		defer ims.mu.Unlock()
		return len(ims.files)
	}
	shot := saved(t, picture(t, 480, 300, 0.3))
	ims.Ran(seed, 20, shot)
	if n := loaded(); n != 0 {
		t.Fatalf("%d image(s) read after a step that shows none ran", n)
	}
	ims.Ran(seed, createAt, shot)
	ims.Ran(seed, createAt, shot)
	if n := loaded(); n != 1 {
		t.Fatalf("%d image(s) read after the step CreateAccount.png shows ran twice, want 1", n)
	}
	res := seedResult(doc, shot)
	ahead := ims.Check(res, DefaultThreshold, false)
	fresh := Check([]*docsparse.Document{doc}, res, DefaultThreshold, false)
	if len(ahead) != 2 || len(fresh) != 2 {
		t.Fatalf("%d and %d comparisons, want 2", len(ahead), len(fresh))
	}
	for i := range ahead {
		if ahead[i].Err != nil || ahead[i].Diff != fresh[i].Diff || len(ahead[i].Original) != len(fresh[i].Original) {
			t.Errorf("%s: read ahead %+v (%v), fresh %+v", ahead[i].Image.Target, ahead[i].Diff, ahead[i].Err, fresh[i].Diff)
		}
	}
}
