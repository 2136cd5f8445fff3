package i18n

// governanceDutyEntries holds the governance package's messages about duty lists, admission and authorization.
var governanceDutyEntries = []Entry{}
