package panel

import (
	"errors"
	"math/rand/v2"
	"slices"
)

// MaxAccounts is the store's cap on store API accounts.
const MaxAccounts = 50

// Account is a store API (OAuth) account.
type Account struct {
	ID           int     `json:"id"`
	Name         string  `json:"name"`
	Kind         string  `json:"kind"` // "v2v3" or "stencil"
	Grants       []Grant `json:"grants"`
	ClientID     string  `json:"client_id"`
	ClientSecret string  `json:"client_secret"`
	AccessToken  string  `json:"access_token"`
}

// LegacyAccount is a basic-auth (legacy) API account.
type LegacyAccount struct {
	ID       int    `json:"id"`
	Username string `json:"username"`
	Token    string `json:"token"`
}

// Kinds of store API account.
const (
	kindV2V3    = "v2v3"
	kindStencil = "stencil"
)

var (
	errCapReached    = errors.New("cap reached")
	errUnknownID     = errors.New("unknown account")
	errDuplicateName = errors.New("duplicate username")
)

// store is the in-memory data of one store. It is not safe for concurrent use: Server guards
// it with its mutex. Its generator is seeded so that credentials are reproducible.
type store struct {
	rng     *rand.Rand
	nextID  int
	storeAc []*Account
	legacy  []*LegacyAccount
	// issued is every secret the store ever handed out, for leak checks.
	issued []string
}

func newStore(seed uint64) *store {
	return &store{rng: rand.New(rand.NewPCG(seed, 0x646f636472696674)), nextID: 1}
}

const (
	lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	hexDigits  = "0123456789abcdef"
)

func (s *store) id() int {
	id := s.nextID
	s.nextID++
	return id
}

func (s *store) createAccount(name, kind string, grants []Grant) (*Account, error) {
	if len(s.storeAc) >= MaxAccounts {
		return nil, errCapReached
	}
	a := &Account{
		ID: s.id(), Name: name, Kind: kind, Grants: slices.Clone(grants),
		ClientID:     pick(s.rng, lowerAlnum, 31),
		ClientSecret: pick(s.rng, lowerAlnum, 31),
		AccessToken:  pick(s.rng, lowerAlnum, 31),
	}
	s.storeAc = append(s.storeAc, a)
	s.issued = append(s.issued, a.ClientSecret, a.AccessToken)
	return a, nil
}

// deleteAccounts removes every listed account, or none if any id is unknown.
func (s *store) deleteAccounts(ids []int) error {
	for _, id := range ids {
		if s.account(id) == nil {
			return errUnknownID
		}
	}
	s.storeAc = slices.DeleteFunc(s.storeAc, func(a *Account) bool { return slices.Contains(ids, a.ID) })
	return nil
}

func (s *store) account(id int) *Account {
	for _, a := range s.storeAc {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (s *store) legacyToken() string {
	t := pick(s.rng, hexDigits, 40)
	s.issued = append(s.issued, t)
	return t
}

func (s *store) createLegacy(username, token string) (*LegacyAccount, error) {
	if s.legacyByName(username) != nil {
		return nil, errDuplicateName
	}
	a := &LegacyAccount{ID: s.id(), Username: username, Token: token}
	s.legacy = append(s.legacy, a)
	return a, nil
}

func (s *store) legacyAccount(id int) *LegacyAccount {
	for _, a := range s.legacy {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (s *store) legacyByName(username string) *LegacyAccount {
	for _, a := range s.legacy {
		if a.Username == username {
			return a
		}
	}
	return nil
}

func (s *store) deleteLegacy(ids []int) error {
	for _, id := range ids {
		if s.legacyAccount(id) == nil {
			return errUnknownID
		}
	}
	s.legacy = slices.DeleteFunc(s.legacy, func(a *LegacyAccount) bool { return slices.Contains(ids, a.ID) })
	return nil
}

// snapshot returns deep copies, safe to hand out after the lock is released.
func (s *store) snapshot() ([]Account, []LegacyAccount) {
	accs := make([]Account, len(s.storeAc))
	for i, a := range s.storeAc {
		accs[i] = *a
		accs[i].Grants = slices.Clone(a.Grants)
	}
	leg := make([]LegacyAccount, len(s.legacy))
	for i, a := range s.legacy {
		leg[i] = *a
	}
	return accs, leg
}
