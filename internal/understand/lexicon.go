package understand

import (
	"sort"
	"strings"
)

// class is how a verb reads its object: what kind of act it makes.
type class int

const (
	cSignIn   class = iota + 1 // Log in to X
	cGo                        // Go to X > Y
	cPress                     // Click/Select/Choose X
	cOpen                      // Open X: a page or a URL is Go, a control is Click
	cEnter                     // Enter/Type X (in Y)
	cSet                       // Set/Change X to Y
	cCheck                     // Check/Enable X
	cUncheck                   // Uncheck/Disable X
	cToggle                    // Toggle X (on|off)
	cHover                     // Hover over X
	cExpand                    // Expand X
	cCopy                      // Copy X
	cUpload                    // Upload X
	cDownload                  // Download X
	cScroll                    // Scroll to X
	cWait                      // Wait for X
	cConfirm                   // Confirm X
	cClose                     // Close X
	cFind                      // Find X
	cSee                       // Review/Verify X
	cInvoke                    // Create/Delete/Save X: press the control the verb and object name
	cVague                     // Complete/Configure X: fields when named, else left to the reader
	cNothing                   // Leave/Keep/Skip/Repeat: nothing to perform
	cGive                      // Give X a name
	cRun                       // Run/Execute X: a command unless X is a control
	cUse                       // Use X (to …): X is what to work with
	cDelegate                  // Ask X (to …), Reach out to X: someone else does it
)

// verbs is the lexicon of imperative verbs writers start instructions with, each mapped to
// how it reads. Multi-word entries win over their first word ("log in to" over "log").
var verbs = lexicon(`
	log in to: signin; log into: signin; log in: signin; login to: signin; login: signin;
	log on to: signin; log on: signin; sign in to: signin; sign into: signin; sign in: signin;
	sign on to: signin; authenticate to: signin; authenticate: signin; login into: signin; log onto: signin; sign onto: signin;
	sign-in to: signin; sign-in with: signin; log-in to: signin; log-in with: signin;

	go to: go; go back to: go; navigate to: go; navigate: go; head to: go; head over to: go;
	browse to: go; visit: go; return to: go; proceed to: go; switch to: go; jump to: go;
	move to: go; access: go; get to: go; go into: go; step into: go; navigate back to: go;
	head back to: go; get back to: go; switch back to: go; goto: go; go on: go;

	click: press; click on: press; double-click: press; double-click on: press; double click: press;
	double click on: press; double-tap: press; double tap: press; select: press;
	choose: press; press: press; tap: press; tap on: press; hit: press; push: press;
	pick: press; opt for: press; right-click: press; right-click on: press; activate: press; follow: press;

	open: open; launch: open; reopen: open; display: open; bring up: open; pull up: open;

	enter: enter; type: enter; type in: enter; fill in: enter; fill out: enter; input: enter;
	specify: enter; provide: enter; paste: enter; write: enter; put: enter; insert: enter;
	supply: enter; key in: enter; name: enter; describe: enter; summarize: enter; label: enter;
	fill: enter; add in: enter; search: enter; search for: enter; filter: enter; filter by: enter;

	set: set; change: set; adjust: set; modify: set; update: set; edit: set; alter: set;
	replace: set; rename: set; assign: set; map: set; switch: set;

	check: check; tick: check; enable: check; turn on: check; toggle on: check; switch on: check;
	mark: check; opt in to: check; opt into: check;
	uncheck: uncheck; untick: uncheck; clear: uncheck; disable: uncheck; turn off: uncheck;
	toggle off: uncheck; switch off: uncheck; deselect: uncheck; unselect: uncheck;
	opt out of: uncheck; unmark: uncheck;
	toggle: toggle; flip: toggle;

	hover over: hover; hover on: hover; hover: hover; mouse over: hover; point to: hover;
	point at: hover; move your mouse over: hover; move the mouse over: hover;
	expand: expand; collapse: expand; unfold: expand;

	copy: copy; note: copy; note down: copy; write down: copy; take note of: copy;
	make a note of: copy; record: copy; save a copy of: copy; keep a copy of: copy;
	store: copy; retrieve: copy; grab: copy; obtain: copy; get: copy;

	upload: upload; attach: upload; drag: upload; drag and drop: upload; drop: upload;
	import: upload; browse for: upload;
	download: download; export: download;

	scroll: scroll; scroll down: scroll; scroll up: scroll; scroll down to: scroll;
	scroll up to: scroll; scroll to: scroll;
	wait: wait; wait for: wait; wait until: wait;

	confirm: confirm; accept: confirm; agree to: confirm; acknowledge: confirm; approve: confirm;
	authorize: confirm; consent to: confirm; agree: confirm;
	close: close; dismiss: close; cancel: close; exit: close; discard: close;

	find: find; locate: find; look for: find; look up: find; identify: find; search for the: find;
	go through: find;

	review: see; verify: see; check that: see; confirm that: see; make sure: see; ensure: see;
	view: see; observe: see; notice: see; inspect: see; examine: see; read: see;
	look at: see; validate: see; double-check: see; test: see; watch: see; monitor: see;

	create: invoke; add: invoke; delete: invoke; remove: invoke; save: invoke;
	generate: invoke; regenerate: invoke; revoke: invoke; apply: invoke; submit: invoke;
	publish: invoke; grant: invoke; invite: invoke; duplicate: invoke; clone: invoke;
	register: invoke; connect: invoke; disconnect: invoke; install: invoke; uninstall: invoke;
	deploy: invoke; sync: invoke; refresh: invoke; reload: invoke; reset: invoke;
	restore: invoke; archive: invoke; unarchive: invoke; approve: invoke; reject: invoke;
	restart: invoke; start: invoke; stop: invoke; pause: invoke; resume: invoke; retry: invoke; roll: invoke;
	rotate: invoke; renew: invoke; link: invoke; unlink: invoke; share: invoke; send: invoke;
	resend: invoke; transfer: invoke; move: invoke; sort: invoke; preview: invoke;
	finish: invoke; continue: invoke; proceed: invoke; sign out: invoke; log out: invoke;
	sign up: invoke; subscribe: invoke; unsubscribe: invoke; purge: invoke; schedule: invoke;
	trigger: invoke; print: invoke; ship: invoke; invoice: invoke; refund: invoke;
	promote: invoke; upgrade: invoke; downgrade: invoke; reorder: invoke; remove all: invoke;
	click through: invoke; back up: invoke; scan: invoke; preheat: invoke; replicate: invoke;
	reveal: invoke; show: invoke; hide: invoke; unhide: invoke; save and close: invoke; commit: invoke;

	complete: vague; configure: vague; define: vague; customize: vague; make: vague;
	set up: vague; fill in the rest of: vague; adjust the settings: vague; tweak: vague;
	establish: vague; prepare: vague; design: vague; format: vague; build: vague;
	restrict: vague; limit: vague; determine: vague; decide: vague; manage: vague;

	leave: nothing; keep: nothing; skip: nothing; repeat: nothing; ignore: nothing;
	do not: nothing; don't: nothing; never: nothing; wait a moment: nothing; try: nothing; attempt: nothing; do the same: nothing;

	ask: delegate; reach out to: delegate;

	give: give;

	run: run; execute: run; issue: run; decode: run; encode: run; ssh: run; compile: run; checkout: run;

	use: use; utilize: use; employ: use;
`)

// verbsByFirst indexes the lexicon by an entry's first word, longest entries first, so
// finding the verb a sentence starts with looks at a handful of entries, not all of them.
var verbsByFirst = func() map[string][]entry {
	m := map[string][]entry{}
	for _, e := range verbs {
		m[e.words[0]] = append(m[e.words[0]], e)
	}
	return m
}()

type entry struct {
	words []string
	class class
}

// lexicon parses "phrase: class;" entries into entries, longest first so that the longest
// phrase a sentence starts with is found first.
func lexicon(src string) []entry {
	classes := map[string]class{
		"signin": cSignIn, "go": cGo, "press": cPress, "open": cOpen, "enter": cEnter, "set": cSet,
		"check": cCheck, "uncheck": cUncheck, "toggle": cToggle, "hover": cHover, "expand": cExpand,
		"copy": cCopy, "upload": cUpload, "download": cDownload, "scroll": cScroll, "wait": cWait,
		"confirm": cConfirm, "close": cClose, "find": cFind, "see": cSee, "invoke": cInvoke,
		"vague": cVague, "nothing": cNothing, "give": cGive, "run": cRun, "use": cUse, "delegate": cDelegate,
	}
	seen := map[string]bool{}
	var out []entry
	for _, item := range strings.Split(src, ";") {
		phrase, cls, ok := strings.Cut(item, ":")
		if !ok {
			continue
		}
		phrase = strings.Join(strings.Fields(phrase), " ")
		c, ok := classes[strings.TrimSpace(cls)]
		if !ok {
			panic("understand: unknown verb class " + cls)
		}
		if seen[phrase] {
			continue // the first reading of a phrase is its reading
		}
		seen[phrase] = true
		out = append(out, entry{words: strings.Fields(phrase), class: c})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].words) > len(out[j].words) })
	return out
}

// wordSet makes a set of the whitespace-separated words of src.
func wordSet(src string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(src) {
		set[w] = true
	}
	return set
}

var (
	// determiners stand before an object and say nothing about it.
	determiners = wordSet(`the a an your this that these those its their our my any each every
		all both either one some new existing another other same desired appropriate relevant
		required corresponding specific particular newly created following`)

	// describingVerbs say what a part of the page is for when a label is their subject:
	// "**Groups** allows you to manage …", "**Session** shows the active sessions …".
	describingVerbs = []string{"shows", "displays", "lists", "contains", "allows", "lets", "enables",
		"specifies", "determines", "controls", "defines", "describes", "indicates", "represents",
		"holds", "includes", "provides", "gives", "means"}

	// modals make the verb after them a statement's ("you can then send it"), never a step's.
	modals = []string{"can", "could", "will", "would", "should", "may", "might", "must"}

	// controlKinds are the nouns writers call a control by, mapped to one spelling.
	controlKinds = map[string]string{
		"button": "button", "btn": "button", "link": "link", "hyperlink": "link", "tab": "tab",
		"field": "field", "box": "field", "textbox": "field", "text": "", "input": "field",
		"checkbox": "checkbox", "check-box": "checkbox", "toggle": "checkbox", "switch": "checkbox",
		"radio": "option", "option": "option", "options": "option", "setting": "", "settings": "",
		"dropdown": "dropdown", "drop-down": "dropdown", "menu": "menu", "list": "dropdown",
		"selector": "dropdown", "picker": "dropdown", "combobox": "dropdown", "item": "",
		"entry": "", "icon": "icon", "page": "page", "screen": "page", "dialog": "dialog",
		"modal": "dialog", "pop-up": "dialog", "popup": "dialog", "window": "dialog",
		"section": "section", "panel": "section", "pane": "section", "area": "section",
		"card": "section", "tile": "section", "block": "section", "form": "section",
		"message": "message", "notification": "message", "banner": "message", "toast": "message",
		"alert": "message", "prompt": "dialog", "popover": "dialog", "drawer": "dialog",
		"column": "column", "row": "row", "sidebar": "sidebar", "navigation": "sidebar",
		"nav": "sidebar", "toolbar": "section", "header": "section", "footer": "section",
		"table": "section", "grid": "section", "view": "page", "wizard": "dialog", "step": "",
		"sub-menu": "menu", "submenu": "menu", "bar": "section", "menubar": "section",
		"breadcrumb": "link", "value": "", "control": "", "widget": "section", "tree": "section",
	}

	// containerKinds are the nouns a container phrase ends with: "In the **Actions** column".
	containerKinds = wordSet(`column row section panel pane area card tile block form dialog
		modal pop-up popup window prompt popover drawer page screen view tab sidebar navigation
		nav menu sub-menu submenu dropdown drop-down list toolbar header footer table grid bar
		menubar field box wizard tree region corner side group tray console dashboard portal
		frame overlay step`)

	// places are the words that place something on a page.
	placeWords = wordSet(`upper lower top bottom left right middle center centre left-hand
		right-hand top-left top-right bottom-left bottom-right upper-left upper-right lower-left
		lower-right far`)

	// iconWords are the pictures writers describe controls by.
	iconWords = wordSet(`trash trash-can bin wastebasket garbage gear gears cog cogwheel
		pencil pen edit eye kebab meatball ellipsis dots dot three-dot three-dots vertical
		horizontal hamburger plus minus cross x close arrow chevron caret copy clipboard
		download upload refresh reload search magnifying filter funnel star heart bell info
		question help lock unlock key link share settings more overflow wrench avatar profile
		user person delete add expand collapse sort home check tick checkmark calendar
		clock external launch sync`)

	// subjectNouns are the nouns that, with "the … you want to …" or "next to the …", name the
	// procedure's own item.
	subjectNouns = wordSet(`account accounts user users token tokens key keys item items entry
		entries row rows record records member members app apps application applications
		integration integrations project projects repository repositories role roles group
		groups organization organizations rule rules policy policies order orders product
		products bucket buckets object objects file files page pages category categories
		dashboard dashboards provider providers one it them credential credentials secret
		secrets client clients webhook webhooks certificate certificates team teams workflow
		workflows`)

	// softStarts are dropped before reading a sentence: "Then select …", "Next, click …".
	softStarts = wordSet(`then next now finally first second third also again lastly
		afterwards afterward subsequently additionally here once more either just simply thereafter`)

	// optionalStarts mark a step the reader may leave out.
	optionalStarts = wordSet(`optional optionally`)

	// conditionWords start a clause that sets a circumstance: "If prompted, …".
	conditionWords = wordSet(`if when once after before unless whenever while where wherever
		until as`)

	// prepositions start a container or place phrase: "In the **Name** field, …".
	prepositions = wordSet(`in on under from within inside at beside below above near via
		into onto through across along beneath over for of with next to by using`)
)

// surfaceWords are the nouns that make a named thing a web UI: "the AWS Management Console".
var surfaceWords = wordSet(`console dashboard dashboards portal admin website site ui interface
	app application center centre panel home hub studio workspace manager store`)

// NamesAct reports a control's label that says what pressing it does — a verb and its
// object, "Manage tags", "Create tag “urgent”", "Add new", a prompt "Choose here" — rather
// than naming a value a reader picks ("Billing", "Read only", "Open"): in a list of options,
// such an entry is the list's own command, not one of its values. Where to go or how to open
// something is a value of a behaviour ("Navigate to page", "Open in new tab": Strapi's
// relation open behavior).
func NamesAct(label string) bool {
	ts := tokenize(label)
	if len(ts) > 1 && ts[0].kind == word && listCommands[ts[0].lower] {
		return true
	}
	e, n := verbAt(ts, 0)
	if n == 0 || n >= len(ts) {
		return false
	}
	switch e.class {
	case cSee, cNothing, cWait, cFind, cGo, cOpen:
		return false
	}
	return true
}

// listCommands open the commands lists put among their values, beyond the lexicon's verbs:
// words no doc starts an instruction with.
var listCommands = wordSet(`browse`)
