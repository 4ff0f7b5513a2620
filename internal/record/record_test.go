package record

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// app serves testdata/app.html at every path, as a single page app's server does, and opens
// it in a fresh session.
func app(t *testing.T) (*browser.Session, string) { return appOf(t, "testdata/app.html") }

// appOf is app serving another page.
func appOf(t *testing.T, page string) (*browser.Session, string) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, page)
	}))
	t.Cleanup(srv.Close)
	sess := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := sess.Page.Context(ctx).Navigate(srv.URL + "/"); err != nil {
		t.Fatal(err)
	}
	if err := sess.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	return sess, srv.URL
}

// A script performed with real input is captured by the page: nested menus become one
// breadcrumb with the route change's outcome, a custom dropdown one choice, and the password
// and the generated key never leave as values.
func TestRecordScript(t *testing.T) {
	sess, _ := app(t)
	script, err := ParseScript("app.txt", strings.NewReader(`click Settings
click Access
click API Tokens
fill Name = Nightly sync
fill Password = hunter2-secret
fill Signing key = 9f2c1e0b7a6d4c3b2a1f0e9d8c7b6a59
choose Region = EU (Frankfurt)
click Token duration
click 7 days
choose Products = read-only
check Send me a copy
click Save
`))
	if err != nil {
		t.Fatal(err)
	}
	shots := 0
	opts := Options{Script: script, StepTimeout: 5 * time.Second, Shot: func() []byte { shots++; return []byte{byte(shots)} }}
	take, steps, skipped := record(t, sess, opts, Product{NameFields: []string{"Name"}}, []string{
		"Select **Settings** > **Access** > **API Tokens**. This will display the **Create API Token** page.",
		"In the **Name** field, enter a name (for example, `Nightly sync`).",
		"In the **Password** field, enter your password.",
		"In the **Signing key** field, enter the generated value.",
		"In the **Region** dropdown, select **EU (Frankfurt)**.",
		"In the **Token duration** dropdown, select **7 days**.",
		"Select **read-only** for **Products**.",
		"Select the **Send me a copy** check box.",
		"Select **Save**. This will display the **API Tokens** page.",
	})
	if len(skipped) > 0 {
		t.Errorf("skipped %q", skipped)
	}
	for _, e := range take.Events {
		if strings.Contains(e.Value, "hunter2") {
			t.Errorf("the page sent the password: %+v", e)
		}
	}
	for i := range steps {
		if take.ShotOf(steps, i) == nil {
			t.Errorf("step %d has no picture", i+1)
		}
	}
}

// What the writer does inside web components — a link, a field, a check box and a button in
// shadow roots — is captured and named as a run finds it.
func TestRecordWebComponents(t *testing.T) {
	sess, _ := appOf(t, "testdata/components.html")
	script, err := ParseScript("components.txt", strings.NewReader("click API Tokens\nfill Token name = ci\ncheck Send me a copy\nclick Create\n"))
	if err != nil {
		t.Fatal(err)
	}
	record(t, sess, Options{Script: script, StepTimeout: 5 * time.Second}, Product{NameFields: []string{"Token name"}}, []string{
		"Select **API Tokens**. This will display the **API Tokens** page.",
		"In the **Token name** field, enter a name (for example, `ci`).",
		"Select the **Send me a copy** check box.",
		"Select **Create**.",
	})
}

// What the writer does in a page's same-origin frame is recorded as what they did on the page.
func TestRecordFrames(t *testing.T) {
	sess, _ := appOf(t, "testdata/frames.html")
	script, err := ParseScript("frames.txt", strings.NewReader("click Settings\nfill Site title = Docs\nclick Save changes\n"))
	if err != nil {
		t.Fatal(err)
	}
	record(t, sess, Options{Script: script, StepTimeout: 5 * time.Second}, Product{}, []string{
		"Select **Settings**. This will display the **General** page.",
		"In the **Site title** field, enter `Docs`.",
		"Select **Save changes**.",
	})
}

// record records opts' script in sess, composes the take for p and checks the steps' texts
// against want; it returns the take, the steps and what Compose skipped.
func record(t *testing.T, sess *browser.Session, opts Options, p Product, want []string) (Take, []Step, []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	take, err := Record(ctx, sess, opts)
	if err != nil {
		t.Fatal(err)
	}
	steps, skipped := Compose(take.Events, take.End, p)
	var got []string
	for _, s := range steps {
		got = append(got, s.Text)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recorded:\n%s\nwant:\n%s\nevents: %+v", strings.Join(got, "\n"), strings.Join(want, "\n"), take.Events)
	}
	return take, steps, skipped
}

// A script line the page does not answer stops the recording at its line, keeping what came
// before.
func TestRecordScriptLineNotFound(t *testing.T) {
	sess, _ := app(t)
	script, _ := ParseScript("app.txt", strings.NewReader("click Settings\nclick Nowhere\n"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	take, err := Record(ctx, sess, Options{Script: script, StepTimeout: time.Second})
	if err == nil || !strings.HasPrefix(err.Error(), `app.txt:2: click Nowhere: `) {
		t.Fatalf("error %v, want one at app.txt:2", err)
	}
	if len(take.Events) != 1 || take.Events[0].Name != "Settings" {
		t.Errorf("events %+v, want the click on Settings", take.Events)
	}
}

// Closing the window ends a recording.
func TestCaptureEndsWhenThePageCloses(t *testing.T) {
	sess, _ := app(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := Start(ctx, sess)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := sess.Page.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Wait(ctx, 0); !errors.Is(err, ErrClosed) {
		t.Errorf("Wait after the page closed: %v, want ErrClosed", err)
	}
}
