// The network map (/karte/): a two-click solution. Nothing is fetched from the tile server until
// the visitor clicks "Karte laden"; the list below the map holds the same information without it.
(function () {
  "use strict";

  var CONSENT_KEY = "famnrw.map-consent";
  var root = document.getElementById("network-map");
  if (!root || !window.L) {
    return;
  }
  var noJs = document.querySelector("[data-map-nojs]");
  var consentBox = document.querySelector("[data-map-consent]");
  var loadButton = document.querySelector("[data-map-load]");
  var remember = document.querySelector("[data-map-remember]");
  var revokeButton = document.querySelector("[data-map-revoke]");
  var status = document.querySelector("[data-map-status]");
  var themeSelect = document.querySelector("[data-map-theme]");
  var state = { map: null, features: [], cluster: null };

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function storedConsent() {
    try {
      return window.localStorage.getItem(CONSENT_KEY) === "ja";
    } catch (error) {
      return false;
    }
  }

  function storeConsent(value) {
    try {
      if (value) {
        window.localStorage.setItem(CONSENT_KEY, "ja");
      } else {
        window.localStorage.removeItem(CONSENT_KEY);
      }
    } catch (error) {
      // Storage blocked: consent then lasts for this page view only.
    }
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  // Popup content from DOM nodes: names come from editors, never parsed as HTML.
  function popupContent(props) {
    var box = element("div", "", "map-popup");
    var title = element("p", "", "map-popup-title");
    if (props.url) {
      var link = element("a", props.name);
      link.href = props.url;
      title.appendChild(link);
    } else {
      title.textContent = props.name;
    }
    box.appendChild(title);
    box.appendChild(
      element("p", props.kind_label + (props.kreis ? " im " + props.kreis : ""), "map-popup-meta")
    );
    var figures = [
      plural(props.family_managers, "Familienmanager/in", "Familienmanager/innen"),
      plural(props.practice_projects, "Praxisprojekt", "Praxisprojekte"),
    ];
    if (props.working_groups) {
      figures.push(plural(props.working_groups, "Arbeitsgruppe", "Arbeitsgruppen"));
    }
    box.appendChild(element("p", figures.join(" · ")));
    if (props.themes.length && themeSelect) {
      var names = props.themes.map(function (slug) {
        var option = themeSelect.querySelector('option[value="' + slug + '"]');
        return option ? option.textContent : slug;
      });
      box.appendChild(element("p", "Themen: " + names.join(", "), "map-popup-meta"));
    }
    if (props.url) {
      var more = element("a", "Zur Seite von " + props.name);
      more.href = props.url;
      var para = element("p");
      para.appendChild(more);
      box.appendChild(para);
    }
    return box;
  }

  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var size = count < 10 ? "small" : count < 50 ? "medium" : "large";
    return L.divIcon({
      html:
        "<div><span>" +
        count +
        '<span class="visually-hidden"> Kommunen, zum Vergrößern auswählen</span></span></div>',
      className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40),
    });
  }

  function selectedTheme() {
    return themeSelect ? themeSelect.value : "";
  }

  function showMarkers(fit) {
    var theme = selectedTheme();
    if (state.cluster) {
      state.map.removeLayer(state.cluster);
    }
    state.cluster = L.markerClusterGroup({
      iconCreateFunction: clusterIcon,
      showCoverageOnHover: false,
      animate: state.map.options.zoomAnimation,
    });
    var shown = 0;
    state.features.forEach(function (feature) {
      var props = feature.properties;
      if (theme && props.themes.indexOf(theme) === -1) {
        return;
      }
      var coords = feature.geometry.coordinates;
      var marker = L.marker([coords[1], coords[0]], { title: props.name, alt: props.name });
      marker.bindPopup(popupContent(props));
      state.cluster.addLayer(marker);
      shown += 1;
    });
    state.map.addLayer(state.cluster);
    if (fit && shown) {
      state.map.fitBounds(state.cluster.getBounds(), { padding: [30, 30], maxZoom: 11 });
    }
    say(
      shown
        ? "Die Karte zeigt " + plural(shown, "Kommune", "Kommunen") + "."
        : "Zu dieser Auswahl gibt es keine Kommunen auf der Karte."
    );
  }

  function germanControls(map) {
    map.on("popupopen", function (event) {
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", "Hinweisfenster schließen");
        close.setAttribute("title", "Schließen");
      }
    });
  }

  // The shaded layer "Praxisprojekte je Kreis" (figures of /zahlen/): a circle per Kreis or
  // kreisfreie Stadt, darker and larger with more projects, always labelled with its number.
  function kreisLayer(map) {
    if (!root.dataset.kreisUrl) {
      return;
    }
    fetch(root.dataset.kreisUrl, { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (rows) {
        if (!state.map || !rows.length) {
          return;
        }
        var most = Math.max.apply(null, rows.map(function (row) { return row.count; })) || 1;
        var layer = L.layerGroup();
        rows.forEach(function (row) {
          var share = row.count / most;
          var circle = L.circleMarker([row.lat, row.lng], {
            radius: 10 + 18 * Math.sqrt(share),
            color: "#0b5563",
            weight: 2,
            fillColor: "#0b5563",
            fillOpacity: 0.15 + 0.6 * share,
          });
          var label = row.name + ": " + plural(row.count, "Praxisprojekt", "Praxisprojekte");
          circle.bindTooltip(String(row.count), { permanent: true, direction: "center", className: "kreis-count" });
          circle.bindPopup(element("p", label));
          layer.addLayer(circle);
        });
        var overlays = {};
        overlays["Praxisprojekte je Kreis (schattiert, mit Anzahl)"] = layer;
        L.control.layers(null, overlays, { collapsed: false }).addTo(map);
      })
      .catch(function () {
        // Without the layer the map still shows every place; the figures are on /zahlen/.
      });
  }

  function loadMap() {
    consentBox.hidden = true;
    root.hidden = false;
    revokeButton.hidden = false;
    say("Die Karte wird geladen …");
    // Visitors who ask their system for less motion get a map that jumps instead of gliding.
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var map = L.map(root, {
      zoomControl: false,
      scrollWheelZoom: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
    }).setView([51.45, 7.6], 7);
    L.control.zoom({ zoomInTitle: "Vergrößern", zoomOutTitle: "Verkleinern" }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com/" hreflang="en">Leaflet</a>');
    L.tileLayer(root.dataset.tileUrl, {
      attribution: root.dataset.tileAttribution,
      maxZoom: 18,
    }).addTo(map);
    germanControls(map);
    state.map = map;
    kreisLayer(map);
    fetch(root.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        state.features = data.features || [];
        showMarkers(true);
      })
      .catch(function () {
        say("Die Kartendaten konnten nicht geladen werden. Bitte nutzen Sie die Liste unten.");
      });
  }

  function unloadMap() {
    if (state.map) {
      state.map.remove();
    }
    state.map = null;
    state.cluster = null;
    root.hidden = true;
    revokeButton.hidden = true;
    consentBox.hidden = false;
    storeConsent(false);
    remember.checked = false;
    say("Die Karte ist ausgeblendet. Es werden keine Kartenbilder mehr geladen.");
    loadButton.focus();
  }

  if (noJs) {
    noJs.hidden = true;
  }
  consentBox.hidden = false;
  loadButton.addEventListener("click", function () {
    storeConsent(remember.checked);
    loadMap();
    root.focus();
  });
  revokeButton.addEventListener("click", unloadMap);
  if (themeSelect) {
    themeSelect.addEventListener("change", function () {
      if (state.map && state.features.length) {
        showMarkers(true);
      }
    });
  }
  if (storedConsent()) {
    remember.checked = true;
    loadMap();
  }
})();
