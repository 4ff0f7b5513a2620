package panel

// Surfaces are the names docs use for the product this simulator stands in for: a doc that
// names one of them ("Log into the store", "in the BigCommerce control panel") is about it.
// "BigCommerce" alone would claim the company's marketing site and developer portal too.
var Surfaces = []string{"BigCommerce control panel", "control panel", "store"}
