// DXFlow: Vietnamese month and weekday names and dd/MM/yyyy dates for the AngularJS parts of Tasklist, chiefly
// the date picker of "Đặt hạn xử lý" / "Đặt ngày theo dõi". Those take their names from AngularJS' $locale
// (built in as en-us), not from moment.js, whose "vi" locale comes from dateLocales in locales/vi.json.
// Loaded by config.js (customScripts) before Tasklist's AngularJS application starts. Number formats are left
// as they are: only dates change here.
const angular = window.angular;

// Camunda's index.html says lang="en": tell the browser (translation offers, screen readers) the truth.
document.documentElement.lang = 'vi';

const VI_DATETIME_FORMATS = {
  AMPMS: ['SA', 'CH'],
  DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  ERANAMES: ['Trước Công nguyên', 'Công nguyên'],
  ERAS: ['TCN', 'CN'],
  FIRSTDAYOFWEEK: 0, // AngularJS counts from Monday: weeks start on Monday (thứ hai)
  MONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
    'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  SHORTMONTH: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  STANDALONEMONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
    'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  WEEKENDRANGE: [5, 6],
  fullDate: 'EEEE, dd/MM/y',
  longDate: 'dd/MM/y',
  medium: 'dd/MM/y HH:mm:ss',
  mediumDate: 'dd/MM/y',
  mediumTime: 'HH:mm:ss',
  short: 'dd/MM/y HH:mm',
  shortDate: 'dd/MM/y',
  shortTime: 'HH:mm'
};

// ngLocale is a dependency of AngularJS' own "ng" module, so this runs in every AngularJS application of the
// page, before any view is compiled; $locale is one shared object, changed in place.
angular.module('ngLocale').run(['$locale', '$injector', function ($locale, $injector) {
  Object.assign($locale.DATETIME_FORMATS, VI_DATETIME_FORMATS);
  if ($injector.has('uibDatepickerConfig')) {
    // "Tháng 11 năm 2026" above the days instead of "Tháng 11 2026"
    $injector.get('uibDatepickerConfig').formatDayTitle = "MMMM 'năm' yyyy";
  }
}]);
