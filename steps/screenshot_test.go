package steps

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"maps"
	"net/http/httptest"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/spatest"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/go-rod/rod"
)

// Every field of the credentials pop-up is covered by a solid box in a screenshot — no pixel
// of a secret's text reaches the picture — and the page is left as it was.
func TestScreenshotMasksSecrets(t *testing.T) {
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	owner := emb.Server.Owner()
	sess := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	s := &Scenario{cfg: &Config{StepTimeout: 15 * time.Second, Login: Login{Password: owner.Password}}, session: sess}
	// element finds sel on the page as it is now, saying where the page is when it is not there.
	element := func(sel, text string) *rod.Element {
		t.Helper()
		page := sess.Page.Context(ctx).Timeout(10 * time.Second)
		var el *rod.Element
		var err error
		if text == "" {
			el, err = page.Element(sel)
		} else {
			el, err = page.ElementR(sel, text)
		}
		if err != nil {
			d := sess.Document()
			t.Fatalf("no %s %q on %s (%v)", sel, text, d.URL, err)
		}
		return el.Context(ctx)
	}

	// Log in and create an account by hand, up to the one-time credentials pop-up; each page
	// is waited for as a step waits for it.
	if err := s.open(ctx, emb.URL+"/login"); err != nil {
		t.Fatal(err)
	}
	element(`input[type=email], input[name=email]`, "").MustInput(owner.Email)
	element(`input[type=password]`, "").MustInput(owner.Password)
	checkMasked(t, s, "input[type=password]") // the log-in form's password, typed in
	if err := s.press(ctx, element("button", "^Log In$")); err != nil {
		t.Fatal(err)
	}
	if err := s.open(ctx, emb.URL+"/manage/settings/api-accounts/create"); err != nil {
		t.Fatal(err)
	}
	element(`input[name=name]`, "").MustInput("docdrift-masking-test")
	if err := s.press(ctx, element("button", "^Save$")); err != nil {
		t.Fatal(err)
	}
	element("dialog[open]", "")
	checkMasked(t, s, "dialog[open] input")
}

// checkMasked takes the scenario's screenshot and checks that every element matching selector
// is, in the picture, a solid box of the mask's colour; and that the masks are gone after.
func checkMasked(t *testing.T, s *Scenario, selector string) {
	t.Helper()
	page := s.session.Page.Timeout(10 * time.Second)
	boxes := page.MustEval(`(sel) => [...document.querySelectorAll(sel)].map((el) => {
		const r = el.getBoundingClientRect();
		return [r.left, r.top, r.right, r.bottom, window.innerWidth];
	})`, selector).Arr()
	if len(boxes) == 0 {
		t.Fatalf("no %s on the page", selector)
	}
	shot := s.screenshot()
	if shot == nil {
		t.Fatal("no screenshot")
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	masked := 0
	for _, b := range boxes {
		v := b.Arr()
		scale := float64(img.Bounds().Dx()) / v[4].Num()
		if v[2].Num()-v[0].Num() < 5 || v[3].Num()-v[1].Num() < 5 { // hidden inputs (the CSRF token) are not drawn
			continue
		}
		r := image.Rect(int(v[0].Num()*scale)+2, int(v[1].Num()*scale)+2, int(v[2].Num()*scale)-2, int(v[3].Num()*scale)-2)
		masked++
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				cr, cg, cb, _ := img.At(x, y).RGBA()
				if cr>>8 != 0x33 || cg>>8 != 0x33 || cb>>8 != 0x33 {
					t.Fatalf("%s at %v: pixel (%d,%d) is #%02x%02x%02x, not the mask", selector, r, x, y, cr>>8, cg>>8, cb>>8)
				}
			}
		}
	}
	if masked == 0 {
		t.Errorf("no visible %s to check", selector)
	}
	if n := page.MustEval(`() => document.querySelectorAll('[data-docdrift-mask]').length`).Int(); n != 0 {
		t.Errorf("%d mask(s) left on the page after the screenshot", n)
	}
}

// A key a product shows once as page text — in code, next to a copy button — is covered in
// the picture like a field, and joins the run's secrets so that nothing written carries it.
func TestScreenshotMasksKeysShownAsText(t *testing.T) {
	app := spatest.New(spatest.Options{})
	srv := httptest.NewServer(app)
	defer srv.Close()
	sess := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	secrets := &redact.Secrets{}
	s := &Scenario{cfg: &Config{BaseURL: srv.URL + "/admin", StepTimeout: 10 * time.Second, Secrets: secrets,
		Login: Login{Username: app.Email, Password: app.Password}}, session: sess}
	if err := s.logIn(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.open(ctx, srv.URL+"/admin/settings/tokens/new"); err != nil {
		t.Fatal(err)
	}
	if err := s.fill(ctx, "Name", "masking test"); err != nil {
		t.Fatal(err)
	}
	if err := s.clickLabel(ctx, "Save"); err != nil {
		t.Fatal(err)
	}
	checkMasked(t, s, ".token code")
	shown := app.Shown()
	if len(shown) != 1 || secrets.String(shown[0]) != redact.Mask {
		t.Errorf("the key shown as text is not among the run's secrets")
	}
}

// Keys a web component shows — as text in its shadow root beside a copy button, or in a
// labelled field inside it — are found like any other: masked in pictures and added to the
// run's secrets.
func TestSecretsInWebComponentsAreFound(t *testing.T) {
	const key, clientSecret = "tok9f8e7d6c5b4a39281706f5e4d3c2b1a0", "cs1234567890abcdef1234"
	url := servePages(t, map[string]string{"/": `<title>Key</title><script>
		customElements.define("x-token", class extends HTMLElement { connectedCallback() {
			this.attachShadow({ mode: "open" }).innerHTML = '<code>` + key + `</code> <button aria-label="Copy">⧉</button>'; } });
		customElements.define("x-field", class extends HTMLElement { connectedCallback() {
			this.attachShadow({ mode: "open" }).innerHTML = '<label for="f">Client secret</label> <input id="f" readonly value="` + clientSecret + `">'; } });
		</script><h1>Your new key</h1><x-token></x-token><x-field></x-field>`})
	s, ctx := scenarioAt(t, url, Config{})
	if err := s.session.Page.Context(ctx).WaitLoad(); err != nil {
		t.Fatal(err)
	}
	values, boxes, ok := s.readShownSecrets(ctx)
	if !ok {
		t.Fatal("the page could not be read")
	}
	for _, want := range []string{key, clientSecret} {
		if !slices.Contains(values, want) {
			t.Errorf("%q not found among the page's secrets %q", want, values)
		}
	}
	if len(boxes) < 2 {
		t.Errorf("%d box(es) to mask, want one for each", len(boxes))
	}
}

// A field is a credential's when its name ends in one, as the reader reads its label: "Client
// secret" and "API key (required)" hold secrets; "Reset password page" holds an address and
// "Token duration" a period, and masking them would hide the run's own words in every output.
func TestOnlyFieldsNamedForACredentialAreSecret(t *testing.T) {
	field := func(id, label, value string) string {
		return `<label for="` + id + `">` + label + `</label><input id="` + id + `" value="` + value + `">`
	}
	url := servePages(t, map[string]string{"/": `<title>Settings</title>` +
		field("a", "Client secret", "cs-one-two-three") + field("b", "API key (required)", "key-one-two-three") +
		`<input name="clientSecret" value="unlabelled-secret">` +
		field("c", "Reset password page", "https://example.com/docdrift-0101t0000aaaaaa-1/reset") +
		field("d", "Token duration", "7 days")})
	if got, want := secretsOn(t, url, Config{}), []string{"cs-one-two-three", "key-one-two-three", "unlabelled-secret"}; !slices.Equal(got, want) {
		t.Errorf("secrets found %q, want %q", got, want)
	}
}

// secretsOn is what readShownSecrets finds on the page at url, sorted.
func secretsOn(t *testing.T, url string, cfg Config) []string {
	t.Helper()
	s, ctx := scenarioAt(t, url, cfg)
	if err := s.session.Page.Context(ctx).WaitLoad(); err != nil {
		t.Fatal(err)
	}
	values, _, ok := s.readShownSecrets(ctx)
	if !ok {
		t.Fatal("the page could not be read")
	}
	slices.Sort(values)
	return values
}

// A product may show a new credential once in a read-only field whose label is a sentence
// ("Your new password for md2wp is:"), or in a field of a shape its profile calls secret;
// both are found, so pictures mask them and a copy step reads them.
func TestNewCredentialsInFieldsAreSecret(t *testing.T) {
	const sentence, shaped = "abcd EFGH 1234 ijkl MNOP 5678", "wxyz-0000-wxyz"
	url := servePages(t, map[string]string{"/": `<title>Profile</title>` +
		`<label for="a">Your new password for md2wp is:</label><input id="a" readonly value="` + sentence + `">` +
		`<label for="b">Recovery phrase</label><input id="b" value="` + shaped + `">` +
		`<label for="c">Reset password page</label><input id="c" value="https://example.com/reset">`})
	cfg := Config{PageSecrets: []*regexp.Regexp{regexp.MustCompile(`^\w{4}-0000-\w{4}$`)}}
	if got, want := secretsOn(t, url, cfg), []string{sentence, shaped}; !slices.Equal(got, want) {
		t.Errorf("secrets found %q, want %q", got, want)
	}
}

// "You'll get a pop-up with the key. Copy it": the new credential the page shows is kept, a
// secret of the run; with none shown the step says it could not check the copy.
func TestCopyWhatThePageJustShowed(t *testing.T) {
	const key = "sk_4f1c2a9e7b3d5f8a0c6e1b2d4f7a9c3e"
	url := servePages(t, map[string]string{
		"/key":  `<title>Keys</title><div role="dialog" aria-label="Key created"><p>Copy it now.</p><code>` + key + `</code><button>Copy</button></div>`,
		"/none": `<title>Keys</title><p>No keys yet.</p>`,
	})
	s, ctx := scenarioAt(t, url+"/key", Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Copy it and store it securely."); err != nil {
		t.Fatal(err)
	}
	if got := slices.Collect(maps.Values(s.shown)); !slices.Equal(got, []string{key}) || s.notChecked != "" {
		t.Errorf("kept %q (not checked: %q), want the key shown", got, s.notChecked)
	}
	s, ctx = scenarioAt(t, url+"/none", Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Copy it."); err != nil || s.notChecked == "" {
		t.Errorf("with nothing shown: %v, not checked %q; want not checked", err, s.notChecked)
	}
}
