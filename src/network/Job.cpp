#include "network/Job.h"

namespace Paydesk {

bool Job::settle() {
    if (m_settled)
        return false;
    m_settled = true;
    stopWork();
    return true;
}

void Job::dismiss(Job *job) {
    if (!job)
        return;
    job->cancel();
    job->deleteLater();
}

} // namespace Paydesk
