package i18n

// disputeEntries holds the messages of the dispute package.
var disputeEntries = []Entry{}
