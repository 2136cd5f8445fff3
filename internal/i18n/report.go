package i18n

// reportEntries holds the messages of the example reports under examples/.
var reportEntries = []Entry{}
