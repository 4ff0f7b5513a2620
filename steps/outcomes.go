package steps

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
)

// seePage checks the page, dialog or tab the doc says is now showing, by its heading.
func (s *Scenario) seePage(ctx context.Context, label, kind string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	roles := []locate.Role{locate.Heading}
	switch {
	case understand.IsDialog(kind):
		roles = []locate.Role{locate.Dialog, locate.Heading}
	case kind == "tab":
		roles = []locate.Role{locate.Tab, locate.Heading}
	case kind == "message", kind == "notification", kind == "toast", kind == "alert":
		roles = []locate.Role{locate.Status, locate.Heading}
	default:
		if controls := rolesOf(kind); controls != nil {
			roles = controls // "The **Copy URL to clipboard** button appears": a control, not a title
		}
	}
	q := locate.Query{Roles: roles, Name: LabelText(label)}
	_, err := s.search(ctx, q)
	var nf *locate.NotFoundError
	if errors.As(err, &nf) && s.subject != "" && slices.ContainsFunc(nf.Candidates, func(c locate.Candidate) bool {
		return titledFor(c.Label(), q.Name, s.subject)
	}) {
		return nil // "Workflow settings for docdrift-…-3 (#d372…)": the doc's title, of the item
	}
	return s.missing(err)
}

// titledFor reports a title that is want followed by the item's name — "Workflow settings for
// docdrift-1 (#d372)", "Edit user: docdrift-1" — as pages title what they show of one item.
func titledFor(have, want, item string) bool {
	i := strings.Index(have, item)
	if i <= 0 {
		return false
	}
	head := strings.Fields(strings.TrimRight(have[:i], " :-–—·|(\""))
	if n := len(head); n > 0 && (head[n-1] == "for" || head[n-1] == "of") {
		head = head[:n-1]
	}
	return strings.EqualFold(strings.Join(head, " "), strings.Join(strings.Fields(want), " "))
}

// expect checks that the page shows what q describes. There is nothing to carry on with when
// it does not: the drift is recorded and, if the run keeps going, the next step is tried.
func (s *Scenario) expect(ctx context.Context, q locate.Query) error {
	_, err := s.search(ctx, q)
	return s.missing(err)
}

// missing is what a search for what the page should show ends in: nil when found, the drift
// (recorded instead when the run keeps going), or the search's own failure.
func (s *Scenario) missing(err error) error {
	var nf *locate.NotFoundError
	if !errors.As(err, &nf) {
		return err
	}
	m := &Mismatch{Err: nf}
	for _, c := range nf.Candidates {
		m.Closest = append(m.Closest, c.Label())
	}
	if !s.cfg.KeepGoing {
		return m
	}
	s.record(m)
	return nil
}

// seeDialogFields checks that a dialog shows each named field with a value, and remembers
// the values for the download to be compared against. The values are secrets: they are kept
// in memory only and masked in screenshots.
func (s *Scenario) seeDialogFields(ctx context.Context, fields []string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	dlg, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
	if err != nil {
		return lookedFor(err, "no pop-up is showing")
	}
	s.shown = map[string]string{}
	for _, label := range fields {
		field := locate.Query{Roles: textbox, Name: label, Within: dlg, WithinLabel: "the pop-up"}
		el, err := s.search(ctx, s.cfg.configured(field))
		if errors.As(err, new(*locate.NotFoundError)) {
			// "This opens a form with three steps: Details, Organize, and Variants.": what a
			// pop-up shows may be its tabs or its headings, shown but holding no value.
			if _, other := s.search(ctx, s.cfg.configured(locate.Query{Roles: shownInPopUp, Name: label, Within: dlg})); other == nil {
				continue
			}
			el, err = s.find(ctx, field) // the field's drift, told as any other
		}
		if err != nil {
			return err
		}
		v, err := el.Property("value")
		if err != nil {
			return fmt.Errorf("read %q: %w", label, err)
		}
		if v.Str() == "" {
			return mismatch("the pop-up's %q field is empty", label)
		}
		s.shown[label] = v.Str()
		s.cfg.Secrets.Add(v.Str())
	}
	return nil
}

// shownInPopUp are what a pop-up shows by name besides its fields.
var shownInPopUp = []locate.Role{locate.Tab, locate.Heading, locate.Button, locate.Link}

// receiveDownload checks that a file arrived since the session began (or since the last one)
// and that it holds every value the pop-up showed. A download that failed, arrived empty or
// without what it should hold is fetched once more, as a reader would. A file wrong twice is
// drift; a download that failed in the network or the server on either try is the
// environment's failure, never drift: a file cut short holds too little for no fault of the docs.
func (s *Scenario) receiveDownload(ctx context.Context, ext string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	d, err := s.nextDownload(ctx)
	if err != nil && d.URL == "" {
		// The wait used the step's time; the page is read apart, briefly.
		pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), pageCheck)
		defer cancel()
		var nl *browser.NotLoadedError
		if errors.As(s.session.NotLoaded(pctx), &nl) {
			return nl // its script, which would have started the download, may never have run
		}
		return mismatch("no file was downloaded: %v", err)
	}
	name := d.Name
	err = s.checkDownload(d, err, ext)
	var failed *downloadFailed
	cut := errors.As(err, &failed)
	if err != nil {
		d, err = s.retryDownload(ctx, d.URL)
		err = s.checkDownload(d, err, ext)
		cut = cut || errors.As(err, &failed)
	}
	if err != nil && cut {
		return fmt.Errorf("the download of %q did not arrive whole: %w", name, failed.err)
	}
	return err
}

// pageCheck bounds reading whether the page arrived whole once a step's own time is spent.
const pageCheck = 2 * time.Second

// downloadFailed is a download the network or the server broke.
type downloadFailed struct{ err error }

func (e *downloadFailed) Error() string { return e.err.Error() }

// checkDownload compares a downloaded file with what the doc and the pop-up said it holds;
// a download that failed (err), or arrived empty where values were shown, is a *downloadFailed.
func (s *Scenario) checkDownload(d browser.Download, err error, ext string) error {
	switch {
	case err != nil:
		return &downloadFailed{err}
	case len(d.Data) == 0 && len(s.shown) > 0:
		return &downloadFailed{fmt.Errorf("%q arrived empty", d.Name)}
	}
	if want := "." + strings.TrimPrefix(ext, "."); ext != "" && !strings.HasSuffix(strings.ToLower(d.Name), strings.ToLower(want)) {
		return mismatch("the downloaded file is %q, not a %s file", d.Name, want)
	}
	values := fileValues(d.Data)
	for key, v := range values {
		if secretKey.MatchString(key) {
			s.cfg.Secrets.Add(v)
		}
	}
	for label, shown := range s.shown {
		got, ok := values[strings.ToUpper(label)]
		switch {
		case !ok:
			return mismatch("the downloaded file %q has no %s line", d.Name, strings.ToUpper(label))
		case got != shown:
			return mismatch("the downloaded file's %s differs from the pop-up's %q", strings.ToUpper(label), label)
		}
	}
	return nil
}

// nextDownload waits for the download armed earlier, then arms the next one (armed any
// sooner, it would see the same download again).
func (s *Scenario) nextDownload(ctx context.Context) (browser.Download, error) {
	d, err := s.download(ctx)
	s.download = s.session.ExpectDownload()
	return d, err
}

func (s *Scenario) retryDownload(ctx context.Context, url string) (browser.Download, error) {
	_, err := s.session.Page.Context(ctx).Eval(`(url) => {
		const a = document.createElement('a');
		a.href = url;
		a.download = '';
		document.body.appendChild(a);
		a.click();
		a.remove();
	}`, url)
	if err != nil {
		return browser.Download{}, fmt.Errorf("download %s again: %w", url, err)
	}
	d, err := s.nextDownload(ctx)
	return d, err
}

// precondition makes sure the item the procedure acts on exists before it starts: of the
// subject words name, else of the procedure's.
func (s *Scenario) precondition(ctx context.Context, words string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if s.subject != "" {
		return nil
	}
	kind := s.cfg.subjectNamed(words)
	if kind == nil {
		kind = s.cfg.subjectOf(s.pickle)
	}
	return s.ensure(ctx, kind)
}

// fileValues reads "LABEL: value" lines.
func fileValues(data []byte) map[string]string {
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok {
			out[strings.ToUpper(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	return out
}

// secretKey names the lines of a downloaded credentials file whose values are secrets.
var secretKey = regexp.MustCompile(`(?i)secret|token|password|client.?id|api.?key`)
