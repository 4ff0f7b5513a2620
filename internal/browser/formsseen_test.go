package browser_test

import (
	"testing"
	"time"
)

// What a page's forms marked belongs to its document: once the tab shows another, nothing is
// counted until that one is seen settled — a wait that answered from the document a click
// left must not lend the new one its marks (a form sent and answered "Saved" was once judged
// the product's form again, marked as the old page was).
func TestFormsAreTheDocumentsTheyWereSeenOn(t *testing.T) {
	s, ctx := openPages(t, map[string]string{
		"/": `<form novalidate><label>Email <input type="email" required aria-invalid="true"></label></form>
			<script>document.querySelector("input").setAttribute("aria-invalid", "true")</script>`,
		"/saved": `<h1>Saved</h1>`,
	})
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if !s.FormsSeen() || s.Forms().Marked == 0 {
		t.Fatalf("forms %+v (seen %v) on the first page, want its field marked", s.Forms(), s.FormsSeen())
	}
	_, before := s.Loaded()
	open(t, ctx, s, s.Document().URL+"saved")
	for _, navs := s.Loaded(); navs == before; _, navs = s.Loaded() {
		select { // the navigation's event comes a moment after its answer
		case <-ctx.Done():
			t.Fatal("the new document was never reported")
		case <-time.After(10 * time.Millisecond):
		}
	}
	if f := s.Forms(); s.FormsSeen() || f.Marked != 0 {
		t.Errorf("forms %+v (seen %v) on a new document not yet settled, want nothing counted", f, s.FormsSeen())
	}
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if f := s.Forms(); !s.FormsSeen() || f.Marked != 0 {
		t.Errorf("forms %+v (seen %v) on the new document settled, want seen and nothing marked", f, s.FormsSeen())
	}
}
