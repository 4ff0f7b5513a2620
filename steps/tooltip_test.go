package steps

import (
	"cmp"
	"errors"
	"strings"
	"testing"
)

// Icon buttons named only by a tooltip, as Ant Design, Element Plus and CSS-only tooltips
// draw them: a reader points at each and reads. "Click **Open nodes panel**" presses the one
// whose tooltip says so, however the tooltip is drawn, and nothing else.
func TestAControlNamedOnlyByItsTooltip(t *testing.T) {
	const icon = `<svg aria-hidden="true" width="16" height="16"><rect width="16" height="16"/></svg>`
	tests := []struct {
		name     string
		sentence string // "Click **Open nodes panel**." when empty
		page     string
		want     string // the title the pressed control gives the page; "" for a drift
	}{
		{
			name: "a tooltip box with a shortcut beside, drawn after a delay, fading out slowly (Ant Design)",
			page: `<div id="bar"><button type="button" data-tip="Delete" onclick="document.title='deleted'">` + icon + `</button>
				<button type="button" data-tip="Open nodes panel" onclick="document.title='opened'">` + icon + `</button></div>
				<script>
				for (const b of document.querySelectorAll('#bar button')) {
					let box, timer;
					b.addEventListener('mouseenter', () => { timer = setTimeout(() => {
						box = document.createElement('div'); box.setAttribute('role', 'tooltip');
						box.innerHTML = '<div style="display:flex;gap:4px"><span></span><span><kbd>Tab</kbd></span></div>';
						box.querySelector('span').textContent = b.dataset.tip; document.body.append(box); }, 100); });
					b.addEventListener('mouseleave', () => { clearTimeout(timer); const gone = box; setTimeout(() => gone && gone.remove(), 400); });
				}
				</script>`,
			want: "opened",
		},
		{
			name: "a description shown on hover (Element Plus, Bootstrap)",
			page: `<style>.tip{display:none} button:hover + .tip{display:block}</style>
				<button type="button" aria-describedby="t1" onclick="document.title='copied'">` + icon + `</button><div class="tip" id="t1">Copy</div>
				<button type="button" aria-describedby="t2" onclick="document.title='opened'">` + icon + `</button><div class="tip" id="t2">Open  nodes panel</div>`,
			want: "opened",
		},
		{
			name: "text drawn from an attribute (a CSS-only tooltip)",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<a href="#x" data-tooltip="Settings" onclick="document.title='settings'">` + icon + `</a>
				<a href="#y" data-tooltip="open nodes panel" onclick="document.title='opened'">` + icon + `</a>`,
			want: "opened",
		},
		{
			name:     "the one tooltip holding the doc's words (n8n's canvas)",
			sentence: "Open the nodes panel.",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<button type="button" data-tooltip="Zoom In" onclick="document.title='zoomed'">` + icon + `</button>
				<button type="button" data-tooltip="Open nodes panel" onclick="document.title='opened'">` + icon + `</button>
				<button type="button" data-tooltip="Add sticky note" onclick="document.title='noted'">` + icon + `</button>`,
			want: "opened",
		},
		{
			name: "a toolbar drawn anew under the pointer (n8n's canvas)",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<div id="bar"><button type="button" data-tooltip="Zoom In" onmouseenter="if (!window.redrawn) { window.redrawn = true; const b = document.getElementById('bar'); b.innerHTML = b.innerHTML }">` + icon + `</button>
				<button type="button" data-tooltip="Open nodes panel" onclick="document.title='opened'">` + icon + `</button></div>`,
			want: "opened",
		},
		{
			name:     "two tooltips holding the doc's words",
			sentence: "Open the nodes panel.",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<button type="button" data-tooltip="Open nodes panel" onclick="document.title='opened'">` + icon + `</button>
				<button type="button" data-tooltip="Pin nodes panel" onclick="document.title='pinned'">` + icon + `</button>`,
		},
		{
			name:     "a list the page names so (n8n's Tags filter)",
			sentence: "Select **Tags**.",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<button type="button" data-tooltip="Tags" onclick="document.title='icon'">` + icon + `</button>
				<label for="tags">Tags</label><select id="tags" onmousedown="document.title='list'"><option>urgent</option></select>`,
			want: "list",
		},
		{
			name:     "past a toolbar's worth, the one whose picture shares a word with the label",
			sentence: "Click **Add sticky note**.",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>` +
				strings.Repeat(`<button type="button" data-tooltip="Zoom" onclick="document.title='zoomed'">`+icon+`</button>`, 16) +
				`<button type="button" data-tooltip="Add sticky note" onclick="document.title='noted'"><svg class="icon icon-sticky-note" aria-hidden="true" width="16" height="16"><rect width="16" height="16"/></svg></button>`,
			want: "noted",
		},
		{
			// Pointing at each waits until nothing covers it, in vain: once per control, not
			// again as if the toolbar had been drawn anew, or the step's time runs out.
			name: "controls covered by another, then the one",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<div style="position:relative"><div style="position:absolute;inset:0;z-index:1"></div>` +
				strings.Repeat(`<button type="button" data-tooltip="Zoom" onclick="document.title='zoomed'">`+icon+`</button>`, 3) +
				`</div><button type="button" data-tooltip="Open nodes panel" onclick="document.title='opened'">` + icon + `</button>`,
			want: "opened",
		},
		{
			name: "no tooltip says it",
			page: `<style>[data-tooltip]:hover::after{content:attr(data-tooltip)}</style>
				<a href="#x" data-tooltip="Open workflow" onclick="document.title='wrong'">` + icon + `</a>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": `<title>Canvas</title>` + tt.page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn = true
			err := s.perform(ctx, cmp.Or(tt.sentence, "Click **Open nodes panel**."))
			var m *Mismatch
			if tt.want == "" {
				if !errors.As(err, &m) {
					t.Fatalf("err = %v, want a drift", err)
				}
			} else if err != nil {
				t.Fatalf("perform: %v", err)
			}
			title, err := s.session.Page.Context(ctx).Eval(`() => document.title`)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := title.Value.Str(), cmp.Or(tt.want, "Canvas"); got != want {
				t.Errorf("title = %q after the step, want %q", got, want)
			}
		})
	}
}
