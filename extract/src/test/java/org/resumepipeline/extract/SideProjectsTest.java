package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/**
 * Projects among the entries of an experience-like section, in layouts real resumes use (written by us): side
 * activities described by project details are projects, offices held there stay roles, and the Chinese template's
 * "项目描述" entries are projects; an employer named like a heading ("Self-Employment") is an employer.
 */
class SideProjectsTest {
    private static final String CONTACT = "Sam Example\nsam@example.com | +1 555 555 0100\n\n";

    private static ResumeDocument read(final String name, final String text) {
        final Extraction result = InProcess.EXTRACTOR.extract(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.isOk()).as("%s", result.reason()).isTrue();
        return result.document();
    }

    @Test
    void shouldFileDescribedActivitiesAsProjectsAndKeepOfficesAsRoles() {
        final ResumeDocument doc = read("cv.txt", CONTACT + """
                Employment History
                Airconomy                                                      Frankfurt, Germany
                DATA SCIENTIST                                                 Jan. 2019 - Present
                • Forecast passenger demand over airline networks with gradient boosting.
                Self-Employment                                                Remote
                FULL STACK ENGINEER                                            Feb. 2014 - Dec. 2018
                • Built web shops for twelve local businesses in PHP and MySQL.

                Extracurricular Activity
                kafka-lag-probe
                CREATOR, MAINTAINER                                            2021 - PRESENT
                • Languages: Go
                • Description: A command line tool that reports consumer lag per partition.
                • URL: https://example.com/kafka-lag-probe
                chess-engine
                MAINTAINER                                                     2019 - PRESENT
                • Languages: C++
                • Description: A small chess engine with a UCI interface.
                Springfield Chess Club                                         Springfield
                PRESIDENT                                                      2016 - 2018
                • Organised weekly tournaments for 40 members and doubled the club's membership.

                Education
                B.S. Computer Science, Springfield State University, 2010 - 2014
                """);

        assertThat(doc.roles()).extracting(Role::title, Role::company).containsExactly(
                tuple("DATA SCIENTIST", "Airconomy"), tuple("FULL STACK ENGINEER", "Self-Employment"),
                tuple("PRESIDENT", "Springfield Chess Club"));
        assertThat(doc.projects()).hasSize(2);
        assertThat(doc.projects().get(0).bullets()).hasSize(3);
        assertThat(String.join(" ", doc.projects().get(1).title(), String.valueOf(doc.projects().get(1).company())))
                .contains("chess-engine");
    }

    @Test
    void shouldStillStartASecondExperienceSectionOverADatedRole() {
        final ResumeDocument doc = read("cv.txt", CONTACT + """
                Relevant Experience
                Airconomy                                                      Frankfurt, Germany
                DATA SCIENTIST                                                 Jan. 2019 - Present
                • Forecast passenger demand over airline networks with gradient boosting.
                Industry Experience
                RESEARCH ENGINEER, Amadeus                                     Mar. 2016 - Dec. 2018
                • Assigned aircraft to routes with a C++ solver used by 3 airlines.

                Education
                B.S. Computer Science, Springfield State University, 2010 - 2014
                """);

        assertThat(doc.roles()).extracting(Role::company).containsExactly("Airconomy", "Amadeus");
    }

    @Test
    void shouldFileProjectsOfAPersonalExperiencesSectionApartFromTheJobs() {
        final ResumeDocument doc = read("cv.txt", CONTACT + """
                Professional Experiences
                Feedback Italia s.r.l.                                            Turin, Italy
                Android Developer - Internship                                    Mar. 2017 - Jul. 2017
                • Renewed the company's leading Android app with the head team and two interns.
                • Tested the app on 14 devices before each release.

                Personal Experiences and Activities
                Picopod                                                           Sanremo, Italy
                A chord archive for musicians                                     Jan. 2012 - Now
                • Description: A website that stores chords for musicians, about 1000 visitors a day.
                • Technologies: Wordpress, HTML5, CSS, PHP, MySQL
                Room Monitor                                                      Turin, Italy
                A system that counts people in a room from Wi-Fi probes           Apr. 2018 - Now
                • Description: A team project that locates students from their phones' probe requests.
                • Technologies: C, C++, Qt

                Education
                M.Sc. Computer Engineering, Politecnico di Torino, 2017 - 2019
                """);

        assertThat(doc.roles()).extracting(Role::company).containsExactly("Feedback Italia s.r.l.");
        assertThat(doc.projects()).hasSize(2).allSatisfy(p -> assertThat(p.bullets()).hasSize(2));
    }

    @Test
    void shouldFileTheChineseTemplatesProjectEntriesAsProjects() {
        final ResumeDocument doc = read("cv.html", """
                <html><body><p>刘小明</p><p>xiaoming@example.com</p>
                <h2>工作经历</h2>
                <p>北京示例科技有限公司</p><p>2019/08 – 至今</p><p>系统架构设计师</p>
                <p>负责客户端核心模块的开发和部门管理，制定了编码规范。</p>
                <p>上海样例软件有限公司</p><p>2016/07 – 2019/07</p><p>软件工程师</p>
                <p>使用Java从事Web前端和后端开发。</p>
                <p>页面监测系统升级项目</p><p>2021/10 – 2022/05</p>
                <p>项目描述</p><p>系统包含录制器和监测器两个子系统，监测页面数据和网络通信数据。</p>
                <p>责任描述</p><p>负责项目开发进度和流程的管理，以及核心内容的开发。</p>
                <p>流媒体测试升级项目</p><p>2020/01 – 2020/04</p>
                <p>项目描述</p><p>流媒体监测系统的升级项目，支持点播视频和直播视频的在线播放。</p>
                <p>责任描述</p><p>担任项目经理，同时负责底层数据模块的开发。</p>
                <h2>教育背景</h2><p>北京大学 计算机科学 学士 2012 – 2016</p>
                </body></html>
                """);

        assertThat(doc.roles()).extracting(Role::company)
                .containsExactly("北京示例科技有限公司", "上海样例软件有限公司");
        assertThat(doc.projects()).hasSize(2);
        assertThat(doc.projects().get(0).title()).contains("页面监测系统升级项目");
    }
}
