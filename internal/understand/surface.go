package understand

import (
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Surface words. A step happens somewhere: in the product the doc is about unless it names
// another web UI ("Sign in to the Okta Admin Console", "Go to the Google API Console"), a
// terminal ("Run the following command"), a file ("Edit `argocd-cm`"), an HTTP call made by
// hand or a device ("Open your authenticator app"). Whether a named web UI is the product is
// for the run to decide from its targets' surface names.
var (
	terminalWords = []string{"command line", "command-line", "terminal", " shell ", " cli ", " cli,",
		" cli.", "command prompt", "following command", "this command", "these commands", "the command",
		"commands:", "powershell", "kubectl", " helm ", " curl ", " docker ", " npm ", " git ", " ssh ",
		"local git repository", "your local repository", "local clone"}
	fileWords = []string{"configmap", "config map", ".yaml", ".yml", ".json", ".toml", ".ini",
		".env", ".conf", ".properties", "php.ini", "the file", "a file named", "configuration file",
		"config file", "values file", "manifest", "data section", "secret resource", "json file",
		"yaml file", "csv file", "a file with", "base64", "as a file", " mount ", "namespace", "environment variable",
		"env var", "deployment", "daemonset", "statefulset", " pod ", "container image"}
	// codeWords name program code. Not "the method", "the function" or "your code": a page
	// offers a 2FA method, a checksum function, a Lambda function, a field for your code.
	codeWords = []string{"an instance of", "instance of the", " sdk ", "import the", "source code",
		"in your code", "to your code", "your app's code", "in your application's code", "client library",
		"code snippet"}
	apiWords = []string{"api call", "api request", "send a request", "http request", "post request", "get request", "rest api", "graphql"}
	// infraWords name the reader's own network setup: a step there happens in no web UI the
	// doc names ("add your domain name in your reverse proxy", "in your DNS management").
	infraWords = []string{"reverse proxy", "dns management", "dns provider", "dns record", "dns settings",
		"cname record", " a record ", "a/cname"}
	deviceWords = []string{"to a file", "in a file", "into a file", "local computer", "local machine", "text editor", "safe place", "secure place",
		"secure location", "safe location", "somewhere safe", "somewhere secure", "password manager",
		"credential manager", "notepad",
		"authenticator app", "your phone", "mobile device", "mobile app", "security key", "your email", "the email",
		"confirmation email", "invitation email", "verification email", "welcome email", "inbox", "text message",
		"sms", "hardware key", "yubikey", "authentication app", "camera", "device's", "your device",
		"junk email", "junk mail", "junk folder", "spam folder"}
)

// emailSettings drops "email" before the names of the product's own mail settings.
var emailSettings = strings.NewReplacer("email provider", "provider", "email settings", "settings",
	"email notifications", "notifications", "email server", "server", "email template", "template",
	"email configuration", "configuration", "email subject", "subject", "email content", "content",
	"email body", "body")

// inMailbox reports a container that is an email the reader received: "From the invitation
// email", "In the verification email we sent you".
func inMailbox(p []token) bool {
	for _, t := range p {
		if t.kind == label || controlKinds[singular(t.lower)] != "" {
			return false // "In the **Email** field", "in the email tab": the product's page
		}
	}
	s := " " + strings.ToLower(joinWords(p)) + " "
	return containsAny(s, []string{" invitation email", " verification email", " confirmation email", " welcome email",
		" the email ", " your email ", " your inbox", " the inbox", " email message"})
}

// inNamedControl reports a step placed in a control the doc names ("Edit the content of the
// email in the "Message" textbox"): whatever its words, it happens on the product's page.
func inNamedControl(where []Where) bool {
	return slices.ContainsFunc(where, func(w Where) bool {
		switch w.Kind {
		case "field", "dropdown", "checkbox", "option", "button", "tab":
			return w.Label != ""
		}
		return false
	})
}

// surface decides where a clause happens.
func (c clause) surface(acts []Act) Surface {
	toks := append(append([]token(nil), c.obj.raw...), modTokens(c.mods)...)
	raw := " " + strings.ToLower(joinWords(toks)) + " "
	whole := " " + c.verb + raw
	// The words of a terminal, a file or code are the writer's, not a control's: "Navigate
	// to **Settings** → **Git**", "the **Continuous Deployment** section" are pages.
	plain := " " + strings.ToLower(joinWords(withoutControls(toks))) + " "
	plainWhole := " " + c.verb + plain
	// "Choose your email provider", "the email settings": the product's settings for mail,
	// not the reader's mailbox; "the **Email** option" names a control, whatever its words.
	devices := emailSettings.Replace(" " + c.verb + " " + strings.ToLower(joinWords(unlabelled(toks))) + " ")
	if c.class == cEnter {
		// "the email we sent you" and "verify your email address" are a mailbox; "enter the
		// email address" is a value to type.
		devices = strings.ReplaceAll(devices, "email address", "address")
	}
	switch {
	case c.class == cEnter && ownCredentials(c.obj):
		return Surface{} // "Enter your email and password": the product's sign-in form
	case c.class == cRun && !(len(c.obj.labels) > 0 && c.obj.kind != "") && c.obj.kind != "button" && !namesPageControl(c.obj.raw):
		return onTerminal
	case namesTerminal(plainWhole) && c.class != cPress && !(c.class == cEnter && c.namesField()):
		// ("Enter the command that you want to run into the *Command to run* field": a
		// field on a page.)
		return onTerminal
	case cliFlag(toks):
		return onTerminal // "using the `--events` flag"
	case (c.class == cSet || c.class == cOpen || c.class == cVague || c.class == cInvoke || c.class == cEnter || c.class == cUse) && (containsAny(plain, fileWords) || codeFile(c.obj) && !(c.class == cEnter && inNamedControl(c.where)) || namedFile(toks)):
		return inAFile
	case containsAny(plainWhole, codeWords) && !namesPageControl(toks):
		// ("After confirming the column names, click **Import Data** to import the CSV file":
		// the control the doc marks is on a page.)
		return inCode
	case (c.class == cInvoke || c.class == cRun) && (strings.HasPrefix(c.verb, "install") || strings.HasPrefix(c.verb, "uninstall") || strings.HasPrefix(c.verb, "restart")) && len(c.obj.labels) == 0 || c.verb == "restart" && codeFile(c.obj):
		return Surface{Kind: Device, Name: "software on your computer"}
	case c.class == cCopy && (codeFile(c.obj) || containsAny(plain, fileWords) || modFile(c.mods)):
		return inAFile
	case containsAny(whole, apiWords):
		return byAPI
	case containsAny(whole, infraWords):
		return inNetworkSetup
	case containsAny(devices, deviceWords) && !inNamedControl(c.where):
		return Surface{Kind: Device, Name: deviceName(whole)}
	}
	switch c.class {
	case cSignIn:
		// "Sign in to the Okta Admin Console", "Log into the store": a named place; "log in to
		// the system", "sign in to your account" name none.
		if name := surfaceText(c.obj); name != "" && (c.obj.url != "" || properName(c.obj) || surfaceNamed(c.obj) != "") {
			return Surface{Kind: OtherUI, Name: name}
		}
	case cGo, cOpen:
		if strings.Contains(raw, " your repo ") || strings.Contains(raw, " your repo's ") {
			// "Go to your repo **Settings → Secrets**": the code host's settings, not the product's.
			return Surface{Kind: OtherUI, Name: "your repository's host"}
		}
		if name := surfaceNamed(c.obj); name != "" {
			return Surface{Kind: OtherUI, Name: name}
		}
		for _, m := range c.mods {
			if name := surfaceNamed(m.np); name != "" && (m.np.url != "" || m.prep == "in" || m.prep == "on") {
				return Surface{Kind: OtherUI, Name: name}
			}
		}
	}
	for _, w := range c.where {
		switch {
		case w.Kind == "console" || w.Kind == "portal" || w.Kind == "dashboard":
			return Surface{Kind: OtherUI, Name: strings.TrimSpace(w.Label + " " + w.Kind)}
		case ((w.Kind == "sidebar" || w.Kind == "menu") && hasSurfaceWord(w.Label) || (w.Kind == "" || w.Kind == "page") && siteLabel(w.Label)) && properName(phrase{words: strings.Fields(w.Label)}):
			// "On the _Admin_ sidebar", "in this Developer Portal's upper-right-hand corner":
			// a place in the site named so.
			return Surface{Kind: OtherUI, Name: strings.TrimSuffix(strings.TrimSuffix(w.Label, "'s"), "s's")}
		}
	}
	return Surface{}
}

// Where steps happen that no web page shows.
var (
	onTerminal     = Surface{Kind: Terminal, Name: "terminal"}
	inAFile        = Surface{Kind: File, Name: "a file"}
	inCode         = Surface{Kind: Code, Name: "program code"}
	byAPI          = Surface{Kind: API, Name: "an API call"}
	inNetworkSetup = Surface{Kind: File, Name: "your DNS or proxy configuration"}
)

// pageCommands are a page's own places for commands, which no terminal word makes a terminal:
// "Open the command bar", "the command palette".
var pageCommands = strings.NewReplacer("command bar", "bar", "command palette", "palette", "command menu", "menu")

// namesTerminal reports words that name a terminal (terminalWords), not a page's command bar.
func namesTerminal(words string) bool {
	return containsAny(pageCommands.Replace(words), terminalWords)
}

// elsewhere is the act of a step that happens on s, where the run does not look.
func elsewhere(s Surface) Act { return Act{Verb: Nothing, Why: whyElsewhere + s.String()} }

// surfaceOfWords is where a sentence whose verb docdrift does not know happens, by its words
// alone: a terminal, a file, program code, an API call, the reader's network or device —
// or the product (Surface{}), the words naming none of those.
func surfaceOfWords(p []token) Surface {
	words := " " + strings.ToLower(joinWords(p)) + " "
	switch {
	case namesTerminal(words):
		return onTerminal
	case containsAny(words, fileWords):
		return inAFile
	case containsAny(words, codeWords):
		return inCode
	case containsAny(words, apiWords):
		return byAPI
	case containsAny(words, infraWords):
		return inNetworkSetup
	case containsAny(words, deviceWords):
		return Surface{Kind: Device, Name: deviceName(words)}
	}
	return Surface{}
}

func hasSurfaceWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.TrimSuffix(w, "'s")
		if surfaceWords[w] || siteWords[singular(w)] {
			return true
		}
	}
	return false
}

// siteWords always name a web site, whatever else a label says; a label holding only a
// weaker surface word ("Stores", "Add App", "Applications") is a menu item of the product.
var siteWords = wordSet(`console portal dashboard website site hub studio`)

// siteLabel reports whether a marked label names a site rather than a control: "Google API
// Console", "OneLogin portal".
func siteLabel(l string) bool {
	for _, w := range strings.Fields(strings.ToLower(l)) {
		if siteWords[singular(strings.TrimSuffix(w, "'s"))] {
			return true
		}
	}
	return false
}

// properName reports whether a phrase names something by a proper name: a capitalised word
// that is not the sentence's first ("the Harbor interface", "Docker Home", "npm" aside).
func properName(p phrase) bool {
	if len(p.labels) > 0 {
		return true
	}
	for _, w := range p.words {
		if capitalised(w) {
			return true
		}
	}
	return false
}

func modFile(mods []modifier) bool {
	for _, m := range mods {
		if codeFile(m.np) {
			return true
		}
	}
	return false
}

// unlabelled is ts with each label a placeholder: the words the doc wrote, not the product's.
func unlabelled(ts []token) []token {
	out := make([]token, len(ts))
	for i, t := range ts {
		if t.kind == label {
			t = token{kind: word, text: "·", lower: "·"}
		}
		out[i] = t
	}
	return out
}

// namesField reports a clause that types into a field the doc names: "into the *Command to
// run* field".
func (c clause) namesField() bool {
	f, ok := c.field()
	return ok && len(f.Path) > 0
}

// fileName matches a label that names a file however it is marked: "*config.ini*".
var fileName = regexp.MustCompile(`^[\w./-]*\.[a-z]{2,5}$`)

// withoutControls is ts with the labels marked as a page's controls left out (a file's name,
// however marked, stays).
func withoutControls(ts []token) []token {
	out := make([]token, 0, len(ts))
	for _, t := range ts {
		if controlMarked(t) && !fileName.MatchString(t.text) {
			t = token{kind: word, text: "·", lower: "·"}
		}
		out = append(out, t)
	}
	return out
}

func modTokens(mods []modifier) []token {
	var out []token
	for _, m := range mods {
		out = append(out, token{kind: word, text: m.prep, lower: m.prep})
		out = append(out, m.np.raw...)
	}
	return out
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func deviceName(s string) string {
	for i, w := range deviceWords {
		if strings.Contains(s, w) {
			if i < computerWords {
				return "your computer"
			}
			return strings.TrimPrefix(strings.TrimPrefix(w, "your "), "the ")
		}
	}
	return "a device"
}

// yourComputer is where a step keeps a copy, a file, a note: the reader's own computer.
var yourComputer = Surface{Kind: Device, Name: "your computer"}

// computerWords is how many of deviceWords, from the first, place a step on the reader's own
// computer (a file, an editor, a password manager).
const computerWords = 13

// cliFlag reports a command-line flag spelled as code: "`--environments`".
func cliFlag(ts []token) bool {
	return slices.ContainsFunc(ts, func(t token) bool {
		return t.kind == label && t.mark == markCode && strings.HasPrefix(t.text, "--") && len(t.text) > 2
	})
}

// namedFile reports a file named by its name as code and the word "file": "into a `.js`
// file", "to the `local.txt` file".
func namedFile(ts []token) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].kind == label && ts[i].mark == markCode && strings.Contains(ts[i].text, ".") && ts[i+1].is("file") {
			return true
		}
	}
	return false
}

// codeFile reports whether the object is a code span naming a file or a configuration
// object: `argocd-cm`, `values.yaml`, `/etc/hosts`.
func codeFile(p phrase) bool {
	for _, t := range p.raw {
		if t.kind != label || t.mark != markCode {
			continue
		}
		s := t.text
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || emailAddress(s) {
			continue // an address to type or visit, not a file
		}
		if strings.ContainsAny(s, "/\\") || strings.HasSuffix(s, "-cm") || strings.HasSuffix(s, "-secret") {
			return true
		}
		if i := strings.LastIndexByte(s, '.'); i > 0 && i < len(s)-1 && !strings.Contains(s, " ") {
			return true
		}
	}
	return false
}

// emailAddress reports text that is one e-mail address, `ada@example.com`: its dot is the
// domain's, not a file's extension.
func emailAddress(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && strings.Contains(domain, ".") && !strings.ContainsAny(s, " /\\:")
}

// surfaceNamed is the name of a web UI a phrase names ("the Google API Console", a URL), or "".
func surfaceNamed(p phrase) string {
	if p.url != "" {
		if u, err := url.Parse(p.url); err == nil && u.Host != "" && !Loopback(u.Hostname()) {
			return u.Host
		}
	}
	for _, l := range p.labels {
		if siteLabel(l) {
			return l // "Go to `OneLogin portal > Administration`": the part that is the site
		}
	}
	if hasSurfaceWord(strings.Join(p.words, " ")) {
		return surfaceText(phrase{words: p.words})
	}
	return ""
}

// productUI reads an object that is a web UI named only as any is called ("Open the admin
// console", "Go to the dashboard"): the product's own, its start page (see GenericUI).
func productUI(o phrase) (string, bool) {
	if len(o.labels) > 0 || o.url != "" || o.icon != "" || o.kind != "" || len(o.words) == 0 ||
		!siteWords[strings.ToLower(o.words[len(o.words)-1])] || !GenericUI(surfaceText(o)) {
		return "", false
	}
	return surfaceText(o), true
}

// GenericUI reports a surface named only by what any web UI is called — "dashboard",
// "admin console", "control panel", "store" — which, in a doc about one product, is that
// product's own; "the Okta dashboard" names another.
func GenericUI(name string) bool {
	surface := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !surfaceWords[w] && !genericUIWords[w] && !determiners[w] {
			return false
		}
		surface = surface || surfaceWords[w]
	}
	return surface
}

// genericUIWords go with surface words in the name of any product's UI: "admin console",
// "web interface", "management portal".
var genericUIWords = wordSet(`admin administration administrator web main management user settings control`)

// surfaceText names a surface as the doc does, without articles and possessives: "your Okta
// Admin Console" → "Okta Admin Console", "your npm account" → "npm".
func surfaceText(p phrase) string {
	parts := append(append([]string(nil), p.labels...), p.words...)
	f := strings.Fields(strings.Join(parts, " "))
	for len(f) > 0 && (determiners[strings.ToLower(f[0])] || strings.HasSuffix(strings.ToLower(f[0]), "'s")) {
		f = f[1:]
	}
	for len(f) > 1 && (strings.EqualFold(f[len(f)-1], "account") || strings.EqualFold(f[len(f)-1], "page")) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 && p.url != "" {
		if u, err := url.Parse(p.url); err == nil {
			return u.Host
		}
	}
	return strings.Join(f, " ")
}

// Loopback reports a host name that is the reader's own machine ("localhost", "127.0.0.1"): a
// doc's address there is the reader's own install of the product, not another site.
func Loopback(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// goToSite is going to the web UI an object names as a whole (siteItself: "your admin
// panel") or as any UI is called (productUI: "the admin console"); ok is false for any other
// object.
func goToSite(o phrase) (Act, bool) {
	site, ok := siteItself(o)
	if !ok {
		site, ok = productUI(o)
	}
	return Act{Verb: Go, Target: Target{Kind: "site", Words: site}}, ok
}

// siteItself reads an object that names a web UI as a whole, to open at its address: "the URL
// of your Strapi application's admin panel", "your admin panel", "the address of your
// dashboard". It answers the UI as the doc names it ("Strapi application's admin panel"); the
// run opens its own product's start page when that is the one named.
func siteItself(o phrase) (string, bool) {
	if len(o.labels) > 0 || o.url != "" || o.icon != "" || len(o.words) == 0 {
		return "", false
	}
	raw := strings.Fields(strings.ToLower(joinWords(o.raw)))
	words := o.words
	address := addressWords[strings.ToLower(words[0])] && len(words) > 1
	if address {
		words = words[1:] // "the URL of your …"
	}
	if !address && (len(raw) == 0 || raw[0] != "your") {
		return "", false // "the admin panel" may be a panel on a page
	}
	f := slices.Clip(words)
	if o.kind == "section" {
		f = append(f, strings.Trim(raw[len(raw)-1], ".,;:")) // "panel": the kind, said last
	}
	if head := strings.ToLower(f[len(f)-1]); !siteWords[head] && !uiHeads[head] {
		return "", false // "your authenticator app" is no web page
	}
	for _, w := range f[:len(f)-1] {
		if !unicode.IsUpper([]rune(w)[0]) && !hasSurfaceWord(w) && w != "web" {
			return "", false // "your billing dashboard" is a page of one
		}
	}
	return surfaceText(phrase{words: f}), true
}

// addressWords name a web UI's address.
var addressWords = wordSet(`url address link`)

// uiHeads end the name of a web UI as a whole, as siteWords do: "admin panel", "Opik
// workspace".
var uiHeads = wordSet(`panel ui interface admin workspace`)

// namesPageControl reports words that mark a label as a page's control (controlMarked).
func namesPageControl(toks []token) bool { return slices.ContainsFunc(toks, controlMarked) }

// controlMarked reports a label marked as a page's control — in bold, italics or quotes —
// rather than as code, which is how a command or a file name is written.
func controlMarked(t token) bool {
	return t.kind == label && (t.mark == markBold || t.mark == markItalic || t.mark == markQuoted)
}
