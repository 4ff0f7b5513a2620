package steps

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A submit the browser holds back — a required field left empty, a value its type refuses —
// sends nothing: the step that clicked it drifts, naming the field and the browser's message,
// rather than the step after it failing where it is not to blame. A script checking the form
// without sending it, and a form sent whole, are no such step.
func TestAFormTheBrowserWouldNotSend(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.Method == http.MethodPost {
			_, _ = w.Write([]byte(`<title>Saved</title><h1>Saved</h1>`))
			return
		}
		_, _ = w.Write([]byte(`<title>New contact</title>
			<form method="post" action="/contacts">
				<label>Name <input name="name" required></label>
				<label>Email <input name="email" type="email"></label>
				<button type="button" onclick="this.form.reportValidity()">Check</button>
				<button>Save</button>
			</form>`))
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Save**.", `the form was not sent: the browser asks for "Name" (`},
		{"Click **Check**.", ""},
		{"In the **Name** field, enter `Ada`.", ""},
		{"In the **Email** field, enter `ada`.", ""},
		{"Click **Save**.", `the browser asks for "Email" (`},
		{"Click **Save**.", "'…' is missing"}, // the value the field holds is never repeated
		{"In the **Email** field, enter `ada@example.com`.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** heading appears.", ""},
	})
}

// A single-page app checks its own form: Save marks the empty field aria-invalid, with its
// message, and sends nothing — drift at Save, naming the field and the message. A field
// marked as the reader leaves it empty (on blur) says nothing of the button pressed next, and
// marks beside a request sent are the product's to weigh.
func TestAFormThePageWouldNotSend(t *testing.T) {
	page := formPage(t, `<title>New token</title>
			<label for="name">Name</label><input id="name" aria-describedby="name-error">
			<p id="name-error" hidden>This value is required.</p>
			<label for="email">Email</label><input id="email">
			<label for="summary">Summary</label><input id="summary">
			<button type="button" id="preview">Preview</button>
			<button type="button" id="publish">Publish</button>
			<button type="button" id="save">Save</button>
			<p id="done" role="status" hidden>Saved</p>
			<script>
				const name = document.getElementById("name");
				const mark = (el, bad) => el.setAttribute("aria-invalid", bad ? "true" : "false");
				document.getElementById("email").addEventListener("blur", (e) => mark(e.target, e.target.value === ""));
				name.addEventListener("input", () => { mark(name, false); document.getElementById("name-error").hidden = true; });
				document.getElementById("publish").onclick = () => {
					mark(document.getElementById("summary"), true);
					fetch("/publish", { method: "POST" });
				};
				document.getElementById("save").onclick = () => {
					if (name.value === "") {
						mark(name, true);
						document.getElementById("name-error").hidden = false;
						return;
					}
					fetch("/tokens", { method: "POST" }).then(() => { document.getElementById("done").hidden = false; });
				};
			</script>`)
	s, ctx := scenarioAt(t, page, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click the **Email** field.", ""},
		{"Click **Preview**.", ""},
		{"Click **Publish**.", ""},
		{"Click **Save**.", `nothing was sent: the page marks "Name" (This value is required.) invalid`},
		{"In the **Name** field, enter `Ada`.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** message appears.", ""},
	})
}

// A server-rendered product answers a form it turns down with the form again, the field
// marked and its message beside it, as a page that loaded well: drift at the click that sent
// it. The same form sent whole goes on; a form that answers with another, marked in a field it
// did not send (a wizard's next step), is no refusal.
func TestAFormTheProductAnswersWithItself(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/done":
			_, _ = w.Write([]byte(`<title>Saved</title><h1>Saved</h1>
				<form method="post" action="/verify"><input type="hidden" name="step" value="2"><button>Continue</button></form>`))
			return
		case "/verify":
			_, _ = w.Write([]byte(`<title>Verify</title><form method="post" action="/verified">
				<label for="code">Code</label><input id="code" name="code" aria-invalid="true" aria-describedby="code-note">
				<p id="code-note">Enter the code we sent.</p><button>Verify</button></form>`))
			return
		}
		if r.Method == http.MethodPost && r.FormValue("name") != "" {
			http.Redirect(w, r, "/done", http.StatusSeeOther)
			return
		}
		marks := ""
		if r.Method == http.MethodPost {
			marks = `aria-invalid="true" aria-describedby="name-error"`
		}
		_, _ = w.Write([]byte(`<title>New contact</title><form method="post" action="/">
			<label for="name">Name</label><input id="name" name="name" ` + marks + `>
			<p id="name-error">This field is required.</p>
			<button>Save</button></form>`))
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Save**.", `the product answered the form with the form again, marking "Name" (This field is required.) invalid`},
		{"In the **Name** field, enter `Ada`.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** heading appears.", ""},
		{"Click **Continue**.", ""},
		{"The **Code** field appears.", ""},
	})
}

// Most server-rendered admin pages (Django's, Rails') mark nothing: the form comes back with a
// red note over it and the reason in red in the field's row. The reason beside its field is
// drift at the click; red words on a page a form's POST brought that sit beside no one field
// (a banner), beside a field on a page asked for (a hint), or beside a field the POST did not
// send (a wizard's next form, with a warning in red), are not.
func TestAFormTheProductAnswersWithItselfInRed(t *testing.T) {
	const style = `<style>.errornote, .errorlist, .banner, .hint { color: #ba2121 }</style>`
	form := func(name, nameError string) string {
		note, errs := "", ""
		if nameError != "" {
			note, errs = `<p class="errornote">Please correct the error below.</p>`, `<ul class="errorlist"><li>`+nameError+`</li></ul>`
		}
		return `<title>Add group</title>` + style + `<form method="post" action="/add">` + note +
			`<div class="form-row">` + errs + `<label for="id_name">Name:</label><input id="id_name" name="name" value="` + name + `"></div>
			<div class="form-row"><label for="id_code">Code:</label><input id="id_code" name="code"></div>
			<input type="submit" value="Save"></form>`
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/add":
			switch name := r.FormValue("name"); name {
			case "":
				_, _ = w.Write([]byte(form(name, "This field is required.")))
			case "staff":
				_, _ = w.Write([]byte(form(name, "Group with this Name already exists.")))
			default:
				http.Redirect(w, r, "/groups", http.StatusFound)
			}
		case r.Method == http.MethodPost && r.URL.Path == "/delete":
			_, _ = w.Write([]byte(`<title>Confirm</title>` + style + `<form method="post" action="/gone">
				<div><label for="id_confirm">Type the group's name</label><input id="id_confirm" name="confirm">
				<p class="hint">This cannot be undone.</p></div><input type="submit" value="Delete"></form>`))
		case r.Method == http.MethodPost: // a search sent by POST, answered in place
			_, _ = w.Write([]byte(`<title>Results</title>` + style + `<div class="banner">Your trial ends in 3 days.</div>
				<form method="post" action="/search"><input name="q" aria-label="Search"><button>Search</button></form><p>No results.</p>
				<form method="post" action="/delete"><input type="hidden" name="group" value="admins"><button>Delete group</button></form>`))
		case r.URL.Path == "/groups":
			_, _ = w.Write([]byte(`<title>Groups</title>` + style + `<p>The group was added.</p>
				<form method="post" action="/search"><input name="q" aria-label="Search"><button>Search</button></form>`))
		default:
			_, _ = w.Write([]byte(`<title>Add group</title>` + style + `<form method="post" action="/add"><div><label for="id_name">Name:</label>
				<input id="id_name" name="name"><span class="hint">Required.</span></div><input type="submit" value="Save"></form>`))
		}
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL+"/start", Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Save**.", `the product answered the form with the form again, marking "Name" (This field is required.) invalid`},
		{"In the **Name** field, enter `staff`.", ""},
		{"Click **Save**.", `the product answered the form with the form again, marking "Name" (Group with this Name already exists.) invalid`},
		{"In the **Name** field, enter `admins`.", ""},
		{"Click **Save**.", ""},
		{"Click **Search**.", ""},
		{"Click **Delete group**.", ""},
		{"The **Type the group's name** field appears.", ""},
	})
}

// A form that checks itself, as Bootstrap's validation does: novalidate, its submit handler
// asks the browser's check and, finding a field invalid, stops the submit and shows the
// messages the browser's check chose. Drift at the click, naming the field and the browser's
// message; a "Check" button asking the same check sends nothing it meant to, and the form
// filled in is sent.
func TestAFormThatChecksItself(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.Method == http.MethodPost {
			_, _ = w.Write([]byte(`<title>Saved</title><h1>Saved</h1>`))
			return
		}
		_, _ = w.Write([]byte(`<title>New contact</title><style>.invalid-feedback { display: none; color: #dc3545 }
			.was-validated :invalid ~ .invalid-feedback { display: block }</style>
			<form method="post" action="/contacts" novalidate>
				<div><label for="email">Email</label><input id="email" name="email" type="email" required>
				<div class="invalid-feedback">Please give an email address.</div></div>
				<button type="button" id="check">Check</button>
				<button>Save</button>
			</form>
			<script>
				const form = document.querySelector("form");
				document.getElementById("check").onclick = () => form.checkValidity();
				form.addEventListener("submit", (e) => {
					if (!form.checkValidity()) { e.preventDefault(); e.stopPropagation(); }
					form.classList.add("was-validated");
				});
			</script>`))
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Check**.", ""},
		{"Click **Save**.", `nothing was sent: the page marks "Email" (`},
		{"In the **Email** field, enter `ada`.", ""},
		{"Click **Save**.", `nothing was sent: the page marks "Email" (`},
		{"In the **Email** field, enter `ada@example.com`.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** heading appears.", ""},
	})
}

// A page that only shows its refusal — red words under a field after Create, no attribute
// saying so, nothing sent — drifts at the click, naming the field and the words; so does a
// form drawn again whole with its errors, a field marked aria-invalid and the red words beside
// it counted once (Cockpit's account dialog does both). Not such a refusal: a button opening
// a form that arrives with marks and red words of its own, words beside a field in another
// colour, a red status in a table's row, red words as the reader ticks a box, and a form sent
// whole.
func TestAFormWhoseRefusalIsOnlyShown(t *testing.T) {
	page := formPage(t, `<title>Accounts</title><style>.bad { color: #c9190b } .hint { color: #6a6e73 }</style>
			<table><tr><td><input type="checkbox" aria-label="Select ada"></td><td>ada</td><td id="status">Active</td></tr></table>
			<button type="button" id="lock">Lock</button>
			<button type="button" id="open">Create new account</button>
			<div id="dialog"></div>
			<script>
				const dialog = document.getElementById("dialog");
				const state = { name: "", user: "", confirm: "" };
				const field = (id, label, key, type, error, marked) =>
					'<div><label for="' + id + '">' + label + '</label><input id="' + id + '" type="' + type + '" data-key="' + key + '"' +
					(marked ? ' aria-invalid="true"' : '') + '>' + (error ? '<div class="bad"><span>' + error + '</span></div>' : '') + '</div>';
				// draw draws the whole form again, as Cockpit's dialogs do, errors beside their fields.
				const draw = (errors) => {
					dialog.innerHTML = '<div class="bad">Only administrators may do this.</div>' +
						field("n", "Full name", "name", "text", errors.name, errors.name) +
						field("u", "User name", "user", "text", errors.user, errors.user) +
						field("p2", "Confirm", "confirm", "password", errors.confirm, false) +
						'<div id="tick"><label><input type="checkbox" id="force"> Require a new password</label></div>' +
						'<button type="button" id="check">Check</button><button type="button" id="create">Create</button>';
					for (const input of dialog.querySelectorAll("[data-key]")) {
						input.value = state[input.dataset.key];
						input.oninput = () => { state[input.dataset.key] = input.value; };
					}
					const add = (box, cls, text) => { const d = document.createElement("div"); d.className = cls; d.textContent = text; box.append(d); };
					document.getElementById("check").onclick = () => setTimeout(() => add(document.getElementById("u").parentElement, "hint", "This name is free"), 50);
					document.getElementById("force").onclick = () => add(document.getElementById("tick"), "bad", "The user must change it at next sign-in");
					document.getElementById("create").onclick = () => {
						if (state.confirm !== "s3cret-pass") {
							// Shown a moment later, under its field, as a product that checks first.
							setTimeout(() => add(document.getElementById("p2").parentElement, "bad", "The passwords do not match"), 50);
						} else if (state.user === "root") {
							setTimeout(() => draw({ user: "This user name already exists" }), 50);
						} else {
							fetch("/accounts", { method: "POST" }).then(() => { dialog.innerHTML = '<p role="status">Created</p>'; });
						}
					};
				};
				document.getElementById("lock").onclick = () => {
					const s = document.getElementById("status"); s.textContent = "Locked"; s.className = "bad";
				};
				document.getElementById("open").onclick = () => draw({ name: "No real name specified" });
			</script>`)
	s, ctx := scenarioAt(t, page, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Lock**.", ""},
		{"Click **Create new account**.", ""},
		{"Click **Check**.", ""},
		{"Tick **Require a new password**.", ""},
		{"Enter `ada` in the **Confirm** field.", ""},
		{"Click **Create**.", `nothing was sent: the page marks "Confirm" (The passwords do not match) invalid`},
		{"Enter `s3cret-pass` in the **Confirm** field.", ""},
		{"Enter `root` in the **User name** field.", ""},
		{"Click **Create**.", `nothing was sent: the page marks "User name" (This user name already exists) invalid`},
		{"Enter `ada` in the **User name** field.", ""},
		{"Click **Create**.", ""},
		{"The **Created** message appears.", ""},
	})
}

// A page rendered with its messages hidden reveals a refusal by showing one — "display: none"
// taken off (jQuery's show()), the hidden attribute dropped — red beside its field, nothing
// sent: drift at the click. A hint revealed in grey is not a refusal.
func TestARefusalRevealed(t *testing.T) {
	page := formPage(t, `<title>New group</title><style>.error { color: #b91c1c } .hint { color: #6a6e73 }</style>
			<div><label for="name">Group name</label><input id="name"><span class="error" id="name-error" style="display: none">Enter a name.</span></div>
			<div><label for="gid">Group ID</label><input id="gid"><span class="error" id="gid-error" hidden>Enter a number.</span>
			<span class="hint" id="gid-hint" hidden>Leave it empty to have one chosen.</span></div>
			<button type="button" id="help">Help</button>
			<button type="button" id="save">Save</button>
			<p role="status" id="done" hidden>Saved</p>
			<script>
				document.getElementById("help").onclick = () => { document.getElementById("gid-hint").hidden = false; };
				document.getElementById("save").onclick = () => {
					const name = document.getElementById("name").value, gid = document.getElementById("gid").value;
					document.getElementById("name-error").style.display = name ? "none" : "";
					document.getElementById("gid-error").hidden = gid === "" || /^[0-9]+$/.test(gid);
					if (!name || !document.getElementById("gid-error").hidden) return;
					fetch("/groups", { method: "POST" }).then(() => { document.getElementById("done").hidden = false; });
				};
			</script>`)
	s, ctx := scenarioAt(t, page, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Help**.", ""},
		{"Click **Save**.", `nothing was sent: the page marks "Group name" (Enter a name.) invalid`},
		{"Enter `staff` in the **Group name** field.", ""},
		{"Enter `ten` in the **Group ID** field.", ""},
		{"Click **Save**.", `nothing was sent: the page marks "Group ID" (Enter a number.) invalid`},
		{"Enter `10` in the **Group ID** field.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** message appears.", ""},
	})
}

// A form that checks itself in its own code and shows its message by a class, as Bootstrap's
// "is-invalid" over its "invalid-feedback" does, sending nothing: drift at the click. Red words
// already shown in the form as the button was pressed (a red "Required." beside a field), with
// the form's classes changing as it saves, are not a refusal.
func TestARefusalShownByAClass(t *testing.T) {
	page := formPage(t, `<title>New member</title><style>
			.hint { color: #dc3545 } .invalid-feedback { display: none; color: #dc3545 } .is-invalid ~ .invalid-feedback { display: block }
			.saving { opacity: 0.9 }</style>
			<form id="member" onsubmit="return false">
			<div><label for="name">Name</label><input id="name"><span class="hint">Required.</span></div>
			<div><label for="email">Email</label><input id="email"><div class="invalid-feedback">Enter a valid address.</div></div>
			<button type="button" id="save">Save</button></form>
			<p role="status" id="done" hidden>Saved</p>
			<script>
				document.getElementById("save").onclick = () => {
					const form = document.getElementById("member"), email = document.getElementById("email");
					form.classList.add("saving");
					const bad = !email.value.includes("@");
					email.classList.toggle("is-invalid", bad);
					if (bad) { form.classList.remove("saving"); return; }
					fetch("/members", { method: "POST" }).then(() => { form.classList.remove("saving"); document.getElementById("done").hidden = false; });
				};
			</script>`)
	s, ctx := scenarioAt(t, page, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Enter `Ada` in the **Name** field.", ""},
		{"Enter `ada` in the **Email** field.", ""},
		{"Click **Save**.", `nothing was sent: the page marks "Email" (Enter a valid address.) invalid`},
		{"Enter `ada@example.com` in the **Email** field.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** message appears.", ""},
	})
}

// A form in a same-origin frame (Cockpit draws each page in one) is the page's: the browser
// holding its submit back, and its page marking a field invalid without sending, are drift
// at the click as in the top document.
func TestAFormInAFrameThatSentNothing(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/pane":
			_, _ = w.Write([]byte(`<title>Accounts</title>
				<form method="post" action="/contacts"><label>Name <input name="name" required></label><button>Save</button></form>
				<label for="group">Group</label><input id="group" aria-describedby="group-error">
				<p id="group-error" hidden>Choose a group.</p>
				<button type="button" onclick="const g = document.getElementById('group');
					g.setAttribute('aria-invalid', 'true'); document.getElementById('group-error').hidden = false">Create</button>`))
		default:
			_, _ = w.Write([]byte(`<title>Shell</title><nav>Menu</nav><iframe src="/pane" style="width: 600px; height: 400px"></iframe>`))
		}
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{
		{"Click **Save**.", `the form was not sent: the browser asks for "Name" (`},
		{"Click **Create**.", `nothing was sent: the page marks "Group" (Choose a group.) invalid`},
	})
}

// formPage serves html and answers every POST with 204, as a product that takes whatever a
// form sends; it returns the page's address.
func formPage(t *testing.T, html string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(html))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// stepRow is a sentence to perform and what its drift must say; "" for a pass.
type stepRow struct{ sentence, want string }

// performRows performs each row's sentence in turn, failing t where a row passes that should
// drift, drifts saying something else, or quotes a field's value ('ada').
func performRows(ctx context.Context, t *testing.T, s *Scenario, rows []stepRow) {
	t.Helper()
	for _, r := range rows {
		err := s.perform(ctx, r.sentence)
		var m *Mismatch
		switch {
		case r.want == "" && err != nil:
			t.Errorf("%s: %v, want a pass", r.sentence, err)
		case r.want != "" && (!errors.As(err, &m) || !strings.Contains(err.Error(), r.want) || strings.Contains(err.Error(), "'ada'")):
			t.Errorf("%s: %v, want drift saying %q", r.sentence, err, r.want)
		}
	}
}
