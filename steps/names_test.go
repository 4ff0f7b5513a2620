package steps

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/profile"
)

func TestFitName(t *testing.T) {
	const name = "docdrift-1206t1114b634aa-5" // 26 characters
	for _, tt := range []struct {
		max  int
		want string
		ok   bool
	}{
		{0, name, true},
		{-1, name, true},
		{26, name, true},
		{24, "dd-1206t1114b634aa-5", true},
		{20, "dd-1206t1114b634aa-5", true},
		{19, "dd-1206t1114b634aa-5", false},
	} {
		got, ok := fitName(name, tt.max)
		if got != tt.want || ok != tt.ok {
			t.Errorf("fitName(%q, %d) = %q, %v; want %q, %v", name, tt.max, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHasRunPrefix(t *testing.T) {
	prefix := RunPrefix("1206t1114b634aa")
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"docdrift-1206t1114b634aa-5", true},
		{"dd-1206t1114b634aa-12", true},
		{"docdrift-1206t1114ffffff-5", false}, // another run's
		{"dd-1206t1114ffffff-5", false},
		{"add-1206t1114b634aa-5", false},
	} {
		if got := HasRunPrefix(tt.name, prefix); got != tt.want {
			t.Errorf("HasRunPrefix(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A tag field (n8n's): a combobox that takes 24 characters and keeps a new tag only once its
// "Create tag" option is chosen. The run types a name that fits — the short form — and
// chooses the option, as a reader does; the tag is the run's, for cleanup. A field too short
// for any run name is a step the run cannot take.
func TestANewTagInATagField(t *testing.T) {
	page := func(max int) string {
		return `<title>Workflow</title><label>Tag name <input role="combobox" aria-autocomplete="list" aria-controls="opts" maxlength="` + strconv.Itoa(max) + `"
			oninput="const v = this.value; document.getElementById('opts').innerHTML = v ? '<li role=option>Create tag &quot;' + v + '&quot;</li>' : ''"></label>
		<ul id="opts" role="listbox" onclick="const li = event.target.closest('[role=option]'); if (li) { document.getElementById('tags').append(Object.assign(document.createElement('li'), {textContent: li.textContent.match(/\x22(.*)\x22/)[1]})); this.innerHTML = '' }"></ul>
		<ul id="tags"></ul>`
	}
	url := servePages(t, map[string]string{"/": page(24), "/short": page(12)})
	s, ctx := scenarioAt(t, url, Config{RunID: "1206t1114b634aa"})
	s.loggedIn = true
	if err := s.perform(ctx, "Enter a new tag name."); err != nil {
		t.Fatal(err)
	}
	tags := s.session.Page.MustEval(`() => [...document.querySelectorAll('#tags li')].map((l) => l.textContent).join(",")`).Str()
	if !strings.HasPrefix(tags, "dd-1206t1114b634aa-") || len(tags) > 24 {
		t.Errorf("tags made %q, want one short run name", tags)
	}
	if len(s.created) != 1 || s.created[0] != tags {
		t.Errorf("the run made %q, want the tag %q", s.created, tags)
	}
	if err := s.open(ctx, url+"/short"); err != nil {
		t.Fatal(err)
	}
	err := s.perform(ctx, "Enter a new tag name.")
	if !errors.As(err, new(*Unmet)) || !strings.Contains(err.Error(), "at most 12 characters") {
		t.Errorf("a 12-character field: %v, want a step the run cannot take", err)
	}
}

// A subject whose names the product takes only so long (max_name, n8n's tags: 24) is made
// under a name that fits; one too short for any run name cannot be made.
func TestItemsMadeUnderNamesThatFit(t *testing.T) {
	tags := &madeKeeper{}
	cfg := &Config{RunID: "1206t1114b634aa", Subjects: Subjects{{Subject: profile.Subject{Name: "tag", MaxName: 24}, Keeper: tags}}}
	s := &Scenario{cfg: cfg}
	if err := s.ensure(context.Background(), &cfg.Subjects[0]); err != nil {
		t.Fatal(err)
	}
	if len(tags.made) != 1 || tags.made[0] != "dd-1206t1114b634aa-1" || s.subject != tags.made[0] || !s.madeName(s.subject) {
		t.Errorf("made %q (subject %q), want one short run name", tags.made, s.subject)
	}
	cfg.RunID = "1206t1114b634aa-shard-12"
	if err := s.ensure(context.Background(), &cfg.Subjects[0]); !errors.As(err, new(*Unmet)) {
		t.Errorf("a name that cannot fit: %v, want a precondition the run cannot meet", err)
	}
}

// An item known by an address — a customer with only an email — is made under the address
// the run types: the procedures that act on it find it by it, and cleanup and the closing
// warning know it. An address typed after a name, or over one the field held, names no item.
func TestAnItemMadeUnderAnAddress(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Create Customer</title>
		<label>Email <input id="email" type="email"></label>
		<label>Name <input id="name"></label>
		<label>Contact <input id="contact" type="email"></label>
		<label>Billing <input id="billing" type="email" value="billing@example.org"></label>`})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
	s.loggedIn = true
	for _, step := range []string{"Enter the customer's email in the **Email** field.", "Enter a name in the **Name** field.",
		"Enter an address in the **Contact** field.", "Enter an address in the **Billing** field."} {
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	email := s.session.Page.MustEval(`() => document.getElementById("email").value`).String()
	if len(s.created) != 2 || s.created[0] != email || !strings.HasSuffix(email, "@example.com") || !s.madeName(s.created[1]) || strings.Contains(s.created[1], "@") {
		t.Errorf("made %q (email %q), want the email, then the name", s.created, email)
	}
}
