package i18n

// fundingEntries holds the messages of the funding package.
var fundingEntries = []Entry{}
