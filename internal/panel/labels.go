package panel

// Labels is every piece of visible text a doc might name, for one era, after drift renames.
// Keeping them in one struct is what lets a rename preset change the UI consistently.
type Labels struct {
	Dashboard, LogIn, LogOut, Email, Password string

	Section          string // main-navigation entry of the settings sidebar
	StoreAccountsNav string // sidebar entry of the store API accounts list
	StoreAccounts    string // its page title
	AccountAccounts  string // 2023 only: Account-level API accounts
	LegacyNav        string // sidebar entry of the legacy list ("Legacy API Settings" in 2017)
	Legacy           string // its page title

	CreateAccount, CreateV2V3, CreateStencil    string
	AccountName, Scopes, Actions, DeleteLabel   string
	DeleteSelected, LegacyKeyLink               string
	Name, APIPath, ScopesHeading, ScopesHelp    string
	Save, Cancel, Done, Close, CopyPrefix       string
	StencilTitle, StencilLevel                  string
	StencilLocal, StencilPublish                string
	CredentialsTitle                            string
	ClientID, ClientSecret, AccessToken         string
	CreateLegacy, LegacyDetails, Username       string
	APIToken, GenerateNewToken, Action, Edit    string
	MoreActions, Settings, SelectAll, ViewCount string
}

func eraLabels(e Era) Labels {
	l := Labels{
		Dashboard: "Dashboard", LogIn: "Log In", LogOut: "Log Out",
		Email: "Email Address", Password: "Password",
		Section:          sectionLabel(e),
		StoreAccountsNav: "API Accounts", StoreAccounts: "Store API Accounts",
		LegacyNav: "Legacy API Settings", Legacy: "Legacy API Accounts",
		CreateAccount: "Create API Account", CreateV2V3: "Create V2/V3 API Token",
		CreateStencil: "Create Stencil-CLI Token",
		AccountName:   "Account Name", Scopes: "Scopes", Actions: "Actions", DeleteLabel: "Delete",
		DeleteSelected: "Delete Selected", LegacyKeyLink: "Need a legacy API key? Click here.",
		Name: "Name", APIPath: "API Path", ScopesHeading: "OAuth Scopes",
		ScopesHelp: "Which API resources does your app or integration require access to?",
		Save:       "Save", Cancel: "Cancel", Done: "Done", Close: "Close", CopyPrefix: "Copy",
		StencilTitle: "Create Stencil-CLI Token", StencilLevel: "Stencil-CLI Access Level",
		StencilLocal: "local development only", StencilPublish: "publish theme",
		CredentialsTitle: "BigCommerce API Credentials",
		ClientID:         "Client ID", ClientSecret: "Client Secret", AccessToken: "Access Token",
		CreateLegacy: "Create a Legacy API Account", LegacyDetails: "Legacy API Account Details",
		Username: "Username", APIToken: "API Token", GenerateNewToken: "Generate New Token",
		Action: "Action", Edit: "Edit", MoreActions: "More actions", Settings: "Settings",
		SelectAll: "Select all", ViewCount: "View 20",
	}
	switch e {
	case Era2016:
		l.LegacyNav = "Legacy API Accounts"
	case Era2017:
		l.ScopesHeading = "Oauth Scopes" // the 2017 UI's own spelling
	case Era2023:
		l.StoreAccountsNav, l.StoreAccounts = "Store-level API accounts", "Store-level API accounts"
		l.AccountAccounts = "Account-level API accounts"
		l.CreateAccount = "Create API account"
	}
	return l
}

// rename applies a drift preset's label map to every label.
func (l *Labels) rename(m map[string]string) {
	if len(m) == 0 {
		return
	}
	for _, p := range []*string{&l.Dashboard, &l.LogIn, &l.LogOut, &l.Email, &l.Password,
		&l.Section, &l.StoreAccountsNav, &l.StoreAccounts, &l.AccountAccounts, &l.LegacyNav, &l.Legacy,
		&l.CreateAccount, &l.CreateV2V3, &l.CreateStencil, &l.AccountName, &l.Scopes, &l.Actions,
		&l.DeleteLabel, &l.DeleteSelected, &l.LegacyKeyLink, &l.Name, &l.APIPath, &l.ScopesHeading,
		&l.ScopesHelp, &l.Save, &l.Cancel, &l.Done, &l.Close, &l.CopyPrefix, &l.StencilTitle,
		&l.StencilLevel, &l.StencilLocal, &l.StencilPublish, &l.CredentialsTitle, &l.ClientID,
		&l.ClientSecret, &l.AccessToken, &l.CreateLegacy, &l.LegacyDetails, &l.Username,
		&l.APIToken, &l.GenerateNewToken, &l.Action, &l.Edit, &l.MoreActions, &l.Settings,
		&l.SelectAll, &l.ViewCount} {
		if to, ok := m[*p]; ok {
			*p = to
		}
	}
}

// renamed returns s after the drift label map.
func renamed(m map[string]string, s string) string {
	if to, ok := m[s]; ok {
		return to
	}
	return s
}
