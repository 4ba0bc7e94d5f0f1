package org.xiangli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class XiangliApplication {
    public static void main(String[] args) {
        SpringApplication.run(XiangliApplication.class, args);
    }
}
