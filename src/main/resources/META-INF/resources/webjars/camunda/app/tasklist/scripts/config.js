/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// DXFlow: Tasklist in Vietnamese. This file replaces the one of camunda-webapp-webjar 7.24.0 (same path under
// src/main/resources/META-INF/resources wins over the webjar on the classpath); it is Camunda's config.js with
// the settings below filled in and the shortcut descriptions translated. Compare with the webjar's file when
// upgrading Camunda.
export default {
  // Title and brand in the header: "DXFlow Công việc" instead of "Camunda Tasklist".
  app: {
    name: 'Công việc',
    vendor: 'DXFlow'
  },

  // Dates as dd/MM/yyyy (moment.js formats). The "vi" moment locale itself (month and weekday names,
  // relative dates such as "3 ngày nữa" / "2 giờ trước") comes from dateLocales in locales/vi.json.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // Vietnamese only. Tasklist picks the browser's first language if it is listed here and the fallback
  // otherwise; it has no language switch of its own. Most office PCs run an English Windows/Chrome, so keeping
  // "en" (or "de") available would show English to exactly the officials this is for. English stays reachable
  // for support staff only by editing this list.
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  // Vietnamese month and weekday names for the date picker (AngularJS' $locale; see the script).
  customScripts: [
    'scripts/dxflow-vi-dates',
    // helpers of DXFlow's embedded task forms (forms/*.html)
    'scripts/dxflow-forms',
    // the appraisal council's form (forms/appraise.html)
    'scripts/dxflow-appraisal',
    // the unit's dossier: self-assessment and supplement forms
    'scripts/dxflow-dossier',
    // the decision forms: registration, opinion, verification, recognition, province report
    'scripts/dxflow-decisions',
    // "Thông báo" in the header: the user's notifications and his choice about e-mail
    'scripts/dxflow-notifications',
    // the link from every form to the unit's dossier page (/ho-so/)
    'scripts/dxflow-follow'
  ],
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển con trỏ tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển con trỏ tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển con trỏ tới ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
