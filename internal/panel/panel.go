// Package panel is docdrift's store control-panel simulator: a real web application (HTML
// forms, browser dialogs and downloads) that reproduces the pages, labels and behaviour of the
// store control panel in several UI eras, so docs can be run against it with zero set-up and
// tests have a deterministic target. It can inject faults (latency, transient errors, session
// expiry, slow tables) and drift (renamed labels, moved buttons) to exercise the runner.
//
// A Server is an http.Handler:
//
//	srv := panel.New(panel.Options{Era: panel.Era2017, Seed: 1})
//	ts := httptest.NewServer(srv)
//	owner := srv.Owner() // log in with owner.Email / owner.Password
//
// Its loopback-only JSON test API lives under /__test/ (see docs/panel.md).
package panel

import (
	cryptorand "crypto/rand"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// Options configure one simulated store. The zero value is a 2017 store with seed 0 and no
// faults or drift.
type Options struct {
	Era    Era
	Seed   uint64           // the store hash and issued credentials derive from it (passwords are random)
	Now    func() time.Time // clock for session expiry; time.Now when nil
	Faults Faults
	Drift  Drift
	// NoTestAPI serves no /__test/ API, like a real store: docdrift must then set up and
	// clean up through the panel's pages.
	NoTestAPI bool
}

// Faults are failures a real panel shows now and then, injected to prove the runner copes.
type Faults struct {
	Latency    time.Duration // added to every page request
	Jitter     time.Duration // plus a seeded random delay in [0, Jitter)
	TableDelay time.Duration // tables appear this long after the page loads (client-side)
	FailFirst  int           // the first N requests to each route answer 500
	SessionTTL time.Duration // sessions expire this long after log in; 0 = never
	NearCap    bool          // the store starts with MaxAccounts-1 store API accounts
	// WhatsNew opens a "What's new" dialog over the first page after each log-in, as
	// products announce a release: no doc mentions it, and a reader closes it ("Got it").
	WhatsNew bool
}

// ActionIcon is what the legacy list's Action column shows.
type ActionIcon string

// Legacy Action column variants.
const (
	ActionEllipsis ActionIcon = "ellipsis" // the real UI: a "•••" button named "More actions"
	ActionGear     ActionIcon = "gear"     // what the docs describe: a gear named "Settings"
)

// Drift are changes real UIs make that leave docs behind.
type Drift struct {
	Rename       map[string]string // visible label → new label, e.g. "Advanced Settings" → "Store Setup"
	SaveTopLeft  bool              // the create forms' Save moves from the lower-right footer to the top left
	LegacyAction ActionIcon        // "" means ActionEllipsis
	NoDownload   bool              // no credentials .txt download after Save
}

// User is a control-panel login.
type User struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Password string `json:"password"`
	Owner    bool   `json:"owner"`
}

// Server is one simulated store. It is safe for concurrent use.
type Server struct {
	opts      Options
	labels    Labels
	scopes    []Scope
	storeHash string
	owner     User
	staff     User
	handler   http.Handler
	faults    *faultState

	mu       sync.Mutex // guards st and sessions
	st       *store
	sessions map[string]*session
}

// New builds a store from opts. It panics only on a programming error in the embedded
// templates, which tests catch.
func New(opts Options) *Server {
	if opts.Era == 0 {
		opts.Era = Era2017
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Drift.LegacyAction == "" {
		opts.Drift.LegacyAction = ActionEllipsis
	}
	ids := rand.New(rand.NewPCG(opts.Seed, 0x73746f7265))
	s := &Server{
		opts:     opts,
		labels:   eraLabels(opts.Era),
		scopes:   eraScopes(opts.Era),
		sessions: map[string]*session{},
	}
	s.labels.rename(opts.Drift.Rename)
	for i := range s.scopes {
		s.scopes[i].Name = renamed(opts.Drift.Rename, s.scopes[i].Name)
	}
	s.storeHash = pick(ids, lowerAlnum, 10)
	// The seed fixes the store, not its passwords: docdrift panel prints the owner's, and
	// one everybody's simulator shares would open anybody's.
	s.owner = User{Name: "Olivia Owner", Email: "owner@store-" + s.storeHash + ".example",
		Password: randomPassword(), Owner: true}
	s.staff = User{Name: "Sam Staff", Email: "staff@store-" + s.storeHash + ".example",
		Password: randomPassword()}
	s.st = s.freshStore()
	s.faults = newFaultState(opts.Seed, opts.Faults)
	s.handler = s.routes()
	return s
}

// randomPassword is 26 letters and digits (130 bits) from the operating system's random
// source.
func randomPassword() string { return strings.ToLower(cryptorand.Text()) }

func pick(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// freshStore is the store as New and the test API's reset leave it.
func (s *Server) freshStore() *store {
	st := newStore(s.opts.Seed)
	if s.opts.Faults.NearCap && s.opts.Era.hasStoreAccounts() {
		for i := 1; i < MaxAccounts; i++ {
			st.createAccount(nearCapName(i), kindV2V3, []Grant{{"information", levelRead}})
		}
	}
	return st
}

func nearCapName(i int) string { return "Integration " + twoDigits(i) }

func twoDigits(i int) string { return string([]byte{byte('0' + i/10), byte('0' + i%10)}) }

// ServeHTTP serves the control panel.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Era is the UI era this store serves.
func (s *Server) Era() Era { return s.opts.Era }

// Owner is the store owner's login.
func (s *Server) Owner() User { return s.owner }

// Issued lists every secret the panel has handed out so far — client secrets, access tokens,
// legacy API tokens, session cookies and CSRF tokens — so tests can prove none leaked.
func (s *Server) Issued() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.st.issued)
}

// Staff is a staff user's login: may browse, may not create or delete API accounts.
func (s *Server) Staff() User { return s.staff }

// StoreHash identifies the store in API paths.
func (s *Server) StoreHash() string { return s.storeHash }

// Labels are the visible labels this store uses (era labels after drift renames).
func (s *Server) Labels() Labels { return s.labels }

// Accounts returns copies of the store API accounts and legacy accounts, oldest first.
func (s *Server) Accounts() ([]Account, []LegacyAccount) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.snapshot()
}

func (s *Server) storeAPIPath() string {
	return "https://api.bigcommerce.com/stores/" + s.storeHash + "/v3/"
}

func (s *Server) legacyAPIPath() string {
	return "https://store-" + s.storeHash + ".mybigcommerce.com/api/v2/"
}
