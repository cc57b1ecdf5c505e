// WPS 加载项 entry, loaded by index.html in WPS's background page. ES5 on purpose: no build step, any WPS build.
// The ribbon's callbacks (ribbon.xml) must be global functions with these names.
var KAOHE_PANE_KEY = "kaohe_taskpane_id";

function kaoheBaseUrl() {
  var href = document.location.href;
  return href.substring(0, href.lastIndexOf("/"));
}

function kaoheWps() {
  return typeof wps !== "undefined" ? wps : window.Application;
}

function OnAddinLoad(ribbonUI) {
  var host = kaoheWps();
  if (host && typeof host.ribbonUI !== "object") host.ribbonUI = ribbonUI;
  return true;
}

function OnAction(control) {
  if (control.Id !== "btnKaohePane") return true;
  var host = kaoheWps();
  var id = host.PluginStorage.getItem(KAOHE_PANE_KEY);
  var pane = id ? host.GetTaskPane(id) : null;
  if (!pane) {
    pane = host.CreateTaskPane(kaoheBaseUrl() + "/taskpane.html");
    host.PluginStorage.setItem(KAOHE_PANE_KEY, pane.ID);
    pane.Visible = true;
  } else {
    pane.Visible = !pane.Visible;
  }
  return true;
}

function GetImage(control) {
  return control.Id === "btnKaohePane" ? "assets/icon-32.png" : "";
}
