#pragma once

#include <QByteArray>

namespace blauwdruk {

class ReportText;

// The review report as Markdown (CommonMark): headings for the report,
// each journey, its sections and comment groups; a list item per decision,
// change and comment, with remarks and replies indented under it.
class ReviewReportMarkdown {
public:
    static QByteArray render(const ReportText &report);
};

} // namespace blauwdruk
