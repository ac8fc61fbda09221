package dev.keydesk.apikey.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.KeyPermissions;
import dev.keydesk.apikey.KeyPermissions.Preset;
import dev.keydesk.apikey.PlatformService;

/**
 * "Permissions": "All", "Read only" or "Restricted"; "Restricted" shows one select per service with
 * None, Read and Write (Write includes Read).
 */
class PermissionsField extends Div {

    private final RadioButtonGroup<Preset> preset = new RadioButtonGroup<>(KeyTexts.t("apikeys.permissions"));
    private final Map<PlatformService, Select<Access>> services = new EnumMap<>(PlatformService.class);
    private final Div perService = new Div();

    PermissionsField() {
        addClassName("field-group");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(KeyTexts::preset);
        preset.setValue(Preset.ALL);
        preset.setHelperText(KeyTexts.t("apikeys.permissions.helper"));
        perService.addClassName("per-service-access");
        for (PlatformService service : PlatformService.values()) {
            Select<Access> access = new Select<>();
            access.setLabel(KeyTexts.service(service));
            access.setItems(Access.values());
            access.setItemLabelGenerator(KeyTexts::access);
            access.setValue(Access.NONE);
            services.put(service, access);
            perService.add(access);
        }
        perService.setVisible(false);
        preset.addValueChangeListener(change -> {
            perService.setVisible(change.getValue() == Preset.RESTRICTED);
        });
        add(preset, perService);
    }

    void setValue(KeyPermissions permissions) {
        preset.setValue(permissions.preset());
        services.forEach((service, select) -> select.setValue(
                permissions.preset() == Preset.RESTRICTED ? permissions.of(service) : Access.NONE));
    }

    Preset preset() {
        return preset.getValue() == null ? Preset.ALL : preset.getValue();
    }

    Map<PlatformService, Access> access() {
        Map<PlatformService, Access> access = new EnumMap<>(PlatformService.class);
        services.forEach((service, select) -> access.put(service,
                select.getValue() == null ? Access.NONE : select.getValue()));
        return access;
    }
}
