package steps

import "testing"

// "Click on the settings button <gear>" while the list view still draws (a loaded machine, a
// step begun before the page was done): the sidebar's Settings link is there first. A control
// of another kind than the doc's word is taken only once the page is still, so the list's own
// settings button, drawn a moment later, is the one pressed (seen on Strapi under load).
func TestAControlOfTheDocsKindDrawnLate(t *testing.T) {
	page := `<title>Articles</title>
		<nav><a href="#settings" onclick="document.title='the sidebar'">Settings<svg aria-hidden="true" width="12" height="12"></svg></a></nav>
		<main><h1>Articles</h1><div id="toolbar"></div></main>
		<script>
		function drawToolbar() {
			const b = document.createElement('button');
			b.type = 'button';
			b.setAttribute('aria-label', 'Settings');
			b.innerHTML = '<svg aria-hidden="true" width="12" height="12"></svg>';
			b.onclick = () => { document.title = 'the list view'; };
			document.getElementById('toolbar').append(b);
		}
		</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	// The list's button comes after the step has begun, as a page still rendering draws it.
	if _, err := s.session.Page.Context(ctx).Eval(`() => setTimeout(drawToolbar, 300)`); err != nil {
		t.Fatal(err)
	}
	performChecked(t, s, ctx, []checked{{
		sentence: "In the list view, click on the settings button [gear-six].",
		check:    `() => document.title`,
		want:     "the list view",
	}})
}
