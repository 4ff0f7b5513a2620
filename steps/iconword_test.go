package steps

import "testing"

// "Click the delete button <x> to remove a field" on Strapi's view configuration: a banner's
// close button draws the same cross and comes first on the page. The doc's word says which
// control it means; pressing the banner's cross had made the procedure "could not run".
func TestTheDocsWordForAButtonItDraws(t *testing.T) {
	page := `<title>Configure the view</title>
		<div role="status"><p>Changes are not saved yet.</p><button type="button" aria-label="Close the banner." onclick="this.parentNode.remove()"><svg aria-hidden="true" width="12" height="12"></svg></button></div>
		<main><h1>Configure the view</h1><div id="title"><span>title</span>
		<button type="button" aria-label="Delete title" onclick="document.getElementById('title').remove()"><svg aria-hidden="true" width="12" height="12"></svg></button></div></main>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{{
		sentence: "Click the delete button [x] to remove a field.",
		check:    `() => [!!document.getElementById('title'), !!document.querySelector('[role=status]')].join()`,
		want:     "false,true",
	}})
}
