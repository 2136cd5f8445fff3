package governance

// Test hooks for the admission workflow.
var (
	AdmissionMermaid   = admissionMermaid
	NextAdmissionState = nextAdmissionState
)
