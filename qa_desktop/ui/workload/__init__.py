"""The Workload page: review plans, assignment to inspectors, progress, "my queue", bulk sign-off."""

from qa_desktop.ui.workload.page import WorkloadPage

__all__ = ["WorkloadPage"]
