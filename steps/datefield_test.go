package steps

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// A date or time field is a field to fill: "Set an expiration date" in a token form, "a start
// date in the "Start date" field" in Medusa's campaigns. A value the doc does not give is a
// year from the run's day (an expiry in the past is refused), an end a month after that; the
// page hears it as from its picker. An optional one is found and left, as other fields are.
func TestADateFieldIsFilled(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Token</title>
		<label>Start date <input type="date" id="start"></label>
		<label>Expiration date <input type="date" id="exp" onchange="document.title = 'changed ' + this.value"></label>
		<label>Reminder <input type="time" id="at"></label>`})
	s, ctx := scenarioAt(t, url, Config{Now: func() time.Time { return time.Date(2029, 1, 1, 12, 0, 0, 0, time.UTC) }})
	s.loggedIn = true
	if err := s.perform(ctx, `Optionally set a start date in the "Start date" field.`); err != nil {
		t.Fatal(err)
	}
	if len(s.notes) > 0 && strings.Contains(s.notes[0], "does not offer") {
		t.Errorf("notes %q: the page offers the field", s.notes)
	}
	performChecked(t, s, ctx, []checked{
		{"Set an expiration date in the **Expiration date** field.", "() => document.title", "changed 2030-02-01"},
		{"Enter `2031-05-04` in the **Expiration date** field.", `() => document.getElementById("exp").value`, "2031-05-04"},
		{"Enter a time in the **Reminder** field.", `() => document.getElementById("at").value`, "09:00"},
	})
	// A value the doc spells in a form the field does not take is drift, said so.
	var m *Mismatch
	if err := s.perform(ctx, "Enter `31.12.2030` in the **Expiration date** field."); !errors.As(err, &m) || !strings.Contains(err.Error(), "does not take") {
		t.Errorf("err = %v, want a drift saying the field does not take the value", err)
	}
}

// A date drawn as segments, as React Aria draws one (Medusa's campaign dates): each spin
// button gets its part, typed where the page's locale puts it.
func TestADateOfSegmentsIsTyped(t *testing.T) {
	seg := func(part, size string) string {
		return `<div role="spinbutton" tabindex="0" contenteditable="true" aria-label="` + part + `, " data-size="` + size + `">` + part + `</div>`
	}
	url := servePages(t, map[string]string{"/": `<title>Campaign</title>
		<span id="l">Start date</span>
		<div role="group" aria-labelledby="l" id="start" style="display:flex;gap:4px">` +
		seg("month", "2") + seg("day", "2") + seg("year", "4") + seg("hour", "2") + seg("minute", "2") + seg("AM/PM", "1") + `</div>
		<script>
		for (const s of document.querySelectorAll("[role=spinbutton]")) {
			s.addEventListener("keydown", (e) => {
				if (!/^[0-9AP]$/.test(e.key)) return;
				e.preventDefault();
				const typed = (s.dataset.typed || "") + e.key;
				s.dataset.typed = typed;
				s.textContent = typed;
			});
		}
		</script>`})
	s, ctx := scenarioAt(t, url, Config{Now: func() time.Time { return time.Date(2029, 1, 1, 12, 0, 0, 0, time.UTC) }})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{
		{"Set a start date in the **Start date** field.", `() => Array.from(document.querySelectorAll("[role=spinbutton]"), (e) => e.textContent).join(" ")`, "01 01 2030 09 00 A"},
	})
}
